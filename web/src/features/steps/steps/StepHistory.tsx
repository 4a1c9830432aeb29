/** The history of a traject: every step record (drafts marked), who, when, what and why. */
import { useTranslation } from "react-i18next";
import type { PersonRef, StepView } from "../../../../../src/shared/steps-view.schema";
import { Heading4, Paragraph, StatusBadge } from "../../../components/nlds";
import { formatDateTime } from "../../youths/format";
import { whatLines } from "./what-lines";

export function StepHistory({ steps, people }: { steps: StepView[]; people: PersonRef[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <Paragraph>{t("steps.history.empty")}</Paragraph>;
  return (
    <ol className="iz-steps-history">
      {steps.map((s) => (
        <li key={s.id} className="iz-steps-history__item">
          <Heading4>
            {t(`steps.kind.${s.step}`)}{" "}
            {s.draft ? <StatusBadge>{t("steps.history.draft")}</StatusBadge> : null}
          </Heading4>
          <Paragraph className="iz-muted">
            {s.draft
              ? t("steps.history.draftBy", {
                  name: s.createdBy.name,
                  organisation: s.createdBy.organisation,
                  when: formatDateTime(s.updatedAt),
                })
              : t("steps.history.doneBy", {
                  name: s.completedBy?.name ?? s.createdBy.name,
                  organisation: s.completedBy?.organisation ?? s.createdBy.organisation,
                  when: formatDateTime(s.completedAt ?? s.updatedAt),
                })}
          </Paragraph>
          <dl className="iz-steps-what">
            {whatLines(t, s.step, s.what, people).map(([label, value], i) => (
              <div key={`${label}-${i}`}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            {s.suggestion ? (
              <div>
                <dt>{t("steps.weigh.suggestion")}</dt>
                <dd>{t(`steps.weigh.outcome.${s.suggestion.outcome}`)}</dd>
              </div>
            ) : null}
            {s.why ? (
              <div>
                <dt>{t("steps.editor.why")}</dt>
                <dd>{s.why}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
