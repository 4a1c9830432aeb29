/**
 * Record a disappearance: last seen (when, where, with whom), circumstances, belongings and
 * phone. Saving makes the youth's status "missing", recomputes the picture, notifies the circle
 * and plans the checklist and reviews.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PHONE_STATES } from "../../../../../src/domain/steps/options";
import { Button, Heading3, Paragraph } from "../../../components/nlds";
import { TextField, TextareaField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { RadioGroup } from "../components/ChoiceField";
import { ActionProblems } from "../components/MutationProblems";
import { fromLocalInput, toLocalInput } from "../values";
import { useEpisodeAction } from "./use-episode-action";

const ID = "missing-open-";
const FIELDS = [
  "lastSeenAt",
  "lastSeenWhere",
  "lastSeenWith",
  "circumstances",
  "belongings",
  "phone",
  "phoneNumber",
];

export function OpenEpisodeForm({
  youthId,
  onDone,
}: {
  youthId: string;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    lastSeenAt: toLocalInput(null),
    lastSeenWhere: "",
    lastSeenWith: "",
    circumstances: "",
    belongings: "",
    phone: "unknown",
    phoneNumber: "",
  });
  const a = useEpisodeAction(
    youthId,
    {
      method: "POST",
      path: "missing-episodes",
      prefix: ID,
      fields: FIELDS,
      done: "steps.missing.openedDone",
    },
    onDone,
  );
  const set = (k: keyof typeof v) => (value: string) => setV((o) => ({ ...o, [k]: value }));
  const text = (k: keyof typeof v, rows?: number, required?: boolean) => {
    const common = {
      id: fieldId(ID, k),
      label: t(`steps.missing.field.${k}`),
      required,
      value: v[k],
      error: a.problems.fields[k],
    };
    return rows ? (
      <TextareaField {...common} rows={rows} onChange={(e) => set(k)(e.target.value)} />
    ) : (
      <TextField {...common} onChange={(e) => set(k)(e.target.value)} />
    );
  };
  return (
    <form
      onSubmit={a.submit({ ...v, lastSeenAt: fromLocalInput(v.lastSeenAt) })}
      noValidate
      className="iz-card iz-form"
      aria-labelledby={`${ID}title`}
    >
      <Heading3 id={`${ID}title`}>{t("steps.missing.openTitle")}</Heading3>
      <Paragraph>{t("steps.missing.openIntro")}</Paragraph>
      <ActionProblems action={a} />
      <TextField
        id={fieldId(ID, "lastSeenAt")}
        type="datetime-local"
        label={t("steps.missing.field.lastSeenAt")}
        required
        value={v.lastSeenAt}
        error={a.problems.fields.lastSeenAt}
        onChange={(e) => set("lastSeenAt")(e.target.value)}
      />
      {text("lastSeenWhere", undefined, true)}
      {text("lastSeenWith")}
      {text("circumstances", 4, true)}
      {text("belongings", 2)}
      <RadioGroup
        id={fieldId(ID, "phone")}
        legend={t("steps.missing.field.phone")}
        value={v.phone}
        error={a.problems.fields.phone}
        onChange={set("phone")}
        choices={PHONE_STATES.map((p) => ({ value: p, label: t(`steps.missing.phone.${p}`) }))}
      />
      <TextField
        id={fieldId(ID, "phoneNumber")}
        type="tel"
        label={t("steps.missing.field.phoneNumber")}
        value={v.phoneNumber}
        error={a.problems.fields.phoneNumber}
        onChange={(e) => set("phoneNumber")(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={a.mutation.isPending}>
        {t("steps.missing.openSubmit")}
      </Button>
    </form>
  );
}
