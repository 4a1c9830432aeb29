/** The immediate checklist with times: each item done (when, by whom, a note) or still open. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChecklistItemView } from "../../../../../src/shared/missing.schema";
import { Button, Heading4, Paragraph, StatusBadge } from "../../../components/nlds";
import { TextField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { formatDateTime } from "../../youths/format";
import { ActionProblems } from "../components/MutationProblems";
import { fromLocalInput, toLocalInput } from "../values";
import { useEpisodeAction } from "./use-episode-action";

function Item({
  youthId,
  episodeId,
  item,
  canChange,
  onDone,
}: {
  youthId: string;
  episodeId: string;
  item: ChecklistItemView;
  canChange: boolean;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const prefix = `check-${episodeId}-${item.item}-`;
  const [at, setAt] = useState(toLocalInput(null));
  const [note, setNote] = useState("");
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
  const label = t(`steps.missing.check.${item.item}`);
  return (
    <li className="iz-steps-check">
      <Heading4>
        {label}{" "}
        {item.required ? <span className="iz-muted">({t("steps.missing.required")})</span> : null}{" "}
        <StatusBadge>
          {item.doneAt
            ? t("steps.missing.doneAt", { when: formatDateTime(item.doneAt) })
            : t("steps.missing.notYet")}
        </StatusBadge>
      </Heading4>
      {item.doneAt ? (
        <Paragraph className="iz-muted">
          {[item.doneBy, item.note].filter(Boolean).join(" — ")}
        </Paragraph>
      ) : canChange ? (
        <form
          onSubmit={a.submit({
            version: item.version,
            done: true,
            doneAt: fromLocalInput(at),
            note,
          })}
          noValidate
          aria-label={label}
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
            {t("steps.missing.markDone", { item: label })}
          </Button>
        </form>
      ) : null}
    </li>
  );
}

export function Checklist(p: {
  youthId: string;
  episodeId: string;
  items: ChecklistItemView[];
  canChange: boolean;
  onDone: (m: string) => void;
}) {
  return (
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
  );
}
