/** The episode's later forms: back in view (end), the return conversation, and closing. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MISSING_END_OUTCOMES } from "../../../../../src/domain/steps/missing-protocol";
import type { EpisodeView } from "../../../../../src/shared/missing.schema";
import { Button, Fieldset, Heading4, Paragraph } from "../../../components/nlds";
import { CheckboxField, TextField, TextareaField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { RadioGroup } from "../components/ChoiceField";
import { ActionProblems } from "../components/MutationProblems";
import { fromLocalInput, toLocalInput, today } from "../values";
import { openRequiredItems } from "./open-items";
import { useEpisodeAction } from "./use-episode-action";

interface Props {
  youthId: string;
  episode: EpisodeView;
  onDone: (m: string) => void;
}

export function EndEpisodeForm({ youthId, episode, onDone }: Props) {
  const { t } = useTranslation();
  const prefix = `end-${episode.id}-`;
  const [v, setV] = useState({ endedAt: toLocalInput(null), outcome: "returned", foundWhere: "" });
  const a = useEpisodeAction(
    youthId,
    {
      method: "POST",
      path: `missing-episodes/${episode.id}/end`,
      prefix,
      fields: ["endedAt", "outcome", "foundWhere"],
      done: "steps.missing.endedDone",
    },
    onDone,
  );
  return (
    <form
      onSubmit={a.submit({ ...v, endedAt: fromLocalInput(v.endedAt), version: episode.version })}
      noValidate
      aria-labelledby={`${prefix}title`}
      className="iz-steps-subform"
    >
      <Heading4 id={`${prefix}title`}>{t("steps.missing.endTitle")}</Heading4>
      <ActionProblems action={a} />
      <TextField
        id={fieldId(prefix, "endedAt")}
        type="datetime-local"
        label={t("steps.missing.field.endedAt")}
        required
        value={v.endedAt}
        error={a.problems.fields.endedAt}
        onChange={(e) => setV({ ...v, endedAt: e.target.value })}
      />
      <RadioGroup
        id={fieldId(prefix, "outcome")}
        legend={t("steps.missing.field.outcome")}
        value={v.outcome}
        onChange={(o) => setV({ ...v, outcome: o })}
        choices={MISSING_END_OUTCOMES.map((o) => ({
          value: o,
          label: t(`steps.missing.outcomes.${o}`),
        }))}
      />
      <TextField
        id={fieldId(prefix, "foundWhere")}
        label={t("steps.missing.field.foundWhere")}
        value={v.foundWhere}
        error={a.problems.fields.foundWhere}
        onChange={(e) => setV({ ...v, foundWhere: e.target.value })}
      />
      <Button type="submit" appearance="primary-action-button" busy={a.mutation.isPending}>
        {t("steps.missing.endSubmit")}
      </Button>
    </form>
  );
}

export function ConversationForm({ youthId, episode, onDone }: Props) {
  const { t } = useTranslation();
  const prefix = `talk-${episode.id}-`;
  const [v, setV] = useState({
    heldOn: today(),
    youthTalked: true,
    summary: "",
    whereabouts: "",
    concerns: "",
    followUp: "",
  });
  const fields = ["heldOn", "summary", "whereabouts", "concerns", "followUp"];
  const a = useEpisodeAction(
    youthId,
    {
      method: "POST",
      path: `missing-episodes/${episode.id}/return-conversation`,
      prefix,
      fields,
      done: "steps.missing.talkDone",
    },
    onDone,
  );
  const area = (k: "summary" | "whereabouts" | "concerns" | "followUp", required = false) => (
    <TextareaField
      id={fieldId(prefix, k)}
      label={t(`steps.missing.field.${k}`)}
      required={required}
      rows={3}
      value={v[k]}
      error={a.problems.fields[k]}
      onChange={(e) => setV({ ...v, [k]: e.target.value })}
    />
  );
  return (
    <form
      onSubmit={a.submit({ ...v, version: episode.version })}
      noValidate
      aria-labelledby={`${prefix}title`}
      className="iz-steps-subform"
    >
      <Heading4 id={`${prefix}title`}>{t("steps.missing.talkTitle")}</Heading4>
      <Paragraph>{t("steps.missing.talkIntro")}</Paragraph>
      <ActionProblems action={a} />
      <TextField
        id={fieldId(prefix, "heldOn")}
        type="date"
        max={today()}
        label={t("steps.missing.field.heldOn")}
        required
        value={v.heldOn}
        error={a.problems.fields.heldOn}
        onChange={(e) => setV({ ...v, heldOn: e.target.value })}
      />
      <CheckboxField
        id={fieldId(prefix, "youthTalked")}
        label={t("steps.missing.field.youthTalked")}
        checked={v.youthTalked}
        onChange={(c) => setV({ ...v, youthTalked: c })}
      />
      {area("summary", true)}
      {area("whereabouts")}
      {area("concerns")}
      {area("followUp")}
      <Button type="submit" appearance="primary-action-button" busy={a.mutation.isPending}>
        {t("steps.missing.talkSubmit")}
      </Button>
    </form>
  );
}

/**
 * Closing: required checklist items still open each need a reason (the server refuses
 * otherwise), so the form asks for one per open item before the close button.
 */
export function CloseEpisodeForm({ youthId, episode, onDone }: Props) {
  const { t } = useTranslation();
  const prefix = `close-${episode.id}-`;
  const open = openRequiredItems(episode.checklist);
  const [note, setNote] = useState("");
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const a = useEpisodeAction(
    youthId,
    {
      method: "POST",
      path: `missing-episodes/${episode.id}/close`,
      prefix,
      fields: ["note", ...open.map((i) => `skipped.${i}`)],
      done: "steps.missing.closedDone",
    },
    onDone,
  );
  const skipped = Object.fromEntries(open.map((i) => [i, reasons[i] ?? ""]));
  return (
    <form
      onSubmit={a.submit({ note, skipped, version: episode.version })}
      noValidate
      aria-labelledby={`${prefix}title`}
      className="iz-steps-subform"
    >
      <Heading4 id={`${prefix}title`}>{t("steps.missing.closeTitle")}</Heading4>
      <Paragraph>{t("steps.missing.closeIntro")}</Paragraph>
      <ActionProblems action={a} />
      {open.length > 0 ? (
        <Fieldset legend={t("steps.missing.closeOpen", { count: open.length })}>
          {open.map((item) => (
            <TextField
              key={item}
              id={fieldId(prefix, `skipped.${item}`)}
              label={t("steps.missing.skipReason", { item: t(`steps.missing.check.${item}`) })}
              required
              value={reasons[item] ?? ""}
              error={a.problems.fields[`skipped.${item}`]}
              onChange={(e) => setReasons({ ...reasons, [item]: e.target.value })}
            />
          ))}
        </Fieldset>
      ) : null}
      <TextareaField
        id={fieldId(prefix, "note")}
        label={t("steps.missing.field.closeNote")}
        rows={2}
        value={note}
        error={a.problems.fields.note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={a.mutation.isPending}>
        {t("steps.missing.closeSubmit")}
      </Button>
    </form>
  );
}
