/**
 * The immediate checklist as one compact list: tick an item and it is saved as done "now" (the
 * server's clock); the time and a note can be changed afterwards, folded away per item. Unticking
 * puts an item back to "not done". At the most stressful moment this keeps the whole list on
 * one screen instead of seven forms.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChecklistItemView } from "../../../../../src/shared/missing.schema";
import { Button, Checkbox, FormLabel, Paragraph } from "../../../components/nlds";
import { TextField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { formatDateTime } from "../../youths/format";
import { ActionProblems } from "../components/MutationProblems";
import { fromLocalInput, toLocalInput } from "../values";
import { useEpisodeAction } from "./use-episode-action";

interface ItemProps {
  youthId: string;
  episodeId: string;
  item: ChecklistItemView;
  canChange: boolean;
  onDone: (m: string) => void;
}

/** The folded-away form to change when an item was done, and its note. */
function AdjustForm({ youthId, episodeId, item, onDone }: Omit<ItemProps, "canChange">) {
  const { t } = useTranslation();
  const prefix = `check-${episodeId}-${item.item}-`;
  const label = t(`steps.missing.check.${item.item}`);
  const [at, setAt] = useState(toLocalInput(item.doneAt));
  const [note, setNote] = useState(item.note ?? "");
  const a = useEpisodeAction(
    youthId,
    {
      method: "PATCH",
      path: `missing-episodes/${episodeId}/checklist/${item.item}`,
      prefix,
      fields: ["doneAt", "note"],
      done: "steps.missing.checkDone",
    },
    onDone,
  );
  return (
    <details className="iz-steps-adjust">
      <summary>
        {t("steps.missing.adjust")}
        <span className="iz-visually-hidden">: {label}</span>
      </summary>
      <form
        onSubmit={a.submit({
          version: item.version,
          done: true,
          doneAt: fromLocalInput(at),
          note,
        })}
        noValidate
        aria-label={t("steps.missing.adjustFor", { item: label })}
        className="iz-steps-subform"
      >
        <ActionProblems action={a} />
        <TextField
          id={fieldId(prefix, "doneAt")}
          type="datetime-local"
          label={t("steps.missing.when")}
          value={at}
          error={a.problems.fields.doneAt}
          onChange={(e) => setAt(e.target.value)}
        />
        <TextField
          id={fieldId(prefix, "note")}
          label={t("steps.missing.note")}
          value={note}
          error={a.problems.fields.note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button type="submit" appearance="secondary-action-button" busy={a.mutation.isPending}>
          {t("steps.missing.save")}
        </Button>
      </form>
    </details>
  );
}

function Item({ youthId, episodeId, item, canChange, onDone }: ItemProps) {
  const { t } = useTranslation();
  const prefix = `tick-${episodeId}-${item.item}-`;
  const label = t(`steps.missing.check.${item.item}`);
  const done = item.doneAt !== null;
  const tick = useEpisodeAction(
    youthId,
    {
      method: "PATCH",
      path: `missing-episodes/${episodeId}/checklist/${item.item}`,
      prefix,
      fields: [],
      done: done ? "steps.missing.undoneDone" : "steps.missing.checkDone",
    },
    onDone,
  );
  // The box follows the click at once (the save follows); it goes back when the save fails.
  const [checked, setChecked] = useState(done);
  const failed = tick.mutation.isError;
  useEffect(() => setChecked(done), [done, item.version, failed]);
  const id = `${prefix}done`;
  const detail = done
    ? t("steps.missing.doneLine", { when: formatDateTime(item.doneAt), name: item.doneBy ?? "" })
    : item.skipReason
      ? t("steps.missing.skippedLine", { reason: item.skipReason })
      : t("steps.missing.notYet");
  return (
    <li className="iz-steps-check">
      <div className="iz-steps-check__row">
        <Checkbox
          id={id}
          checked={checked}
          disabled={!canChange || tick.mutation.isPending}
          aria-describedby={`${id}-detail`}
          onChange={(e) => {
            setChecked(e.target.checked);
            tick.send({ version: item.version, done: e.target.checked });
          }}
        />
        <FormLabel htmlFor={id} type="checkbox" checked={checked}>
          {label}
          {item.required ? ` (${t("steps.missing.required")})` : ""}
        </FormLabel>
      </div>
      <Paragraph id={`${id}-detail`} className="iz-muted iz-steps-check__detail">
        {detail}
        {done && item.note ? ` — ${item.note}` : ""}
      </Paragraph>
      <ActionProblems action={tick} />
      {done && canChange ? (
        <AdjustForm
          key={`${item.version}`}
          youthId={youthId}
          episodeId={episodeId}
          item={item}
          onDone={onDone}
        />
      ) : null}
    </li>
  );
}

/** The checklist; `canChange` while the episode is not closed and the user may change it. */
export function Checklist(p: {
  youthId: string;
  episodeId: string;
  items: ChecklistItemView[];
  canChange: boolean;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {p.canChange ? <Paragraph>{t("steps.missing.checklistHint")}</Paragraph> : null}
      <ul className="iz-steps-checklist">
        {p.items.map((i) => (
          <Item
            key={i.item}
            youthId={p.youthId}
            episodeId={p.episodeId}
            item={i}
            canChange={p.canChange}
            onDone={p.onDone}
          />
        ))}
      </ul>
    </>
  );
}
