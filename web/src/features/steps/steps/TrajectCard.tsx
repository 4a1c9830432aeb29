/** One traject: the concern, the guided route, the step editor, review dates and history. */
import { useTranslation } from "react-i18next";
import type { PersonRef, TrajectView } from "../../../../../src/shared/steps-view.schema";
import { Heading3, Heading4, Paragraph } from "../../../components/nlds";
import { formatDate } from "../../youths/format";
import { ReviewList } from "../components/ReviewList";
import { StepEditor } from "./StepEditor";
import { StepHistory } from "./StepHistory";
import { StepProgress } from "./StepProgress";

export function TrajectCard({
  youthId,
  traject,
  people,
  canChange,
  onMessage,
}: {
  youthId: string;
  traject: TrajectView;
  people: PersonRef[];
  canChange: boolean;
  onMessage: (m: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = `traject-${traject.id}`;
  const closed = traject.status === "closed";
  return (
    <article aria-labelledby={titleId} className="iz-card iz-steps-traject">
      <Heading3 id={titleId}>
        {t(closed ? "steps.traject.closedTitle" : "steps.traject.title", {
          date: formatDate(traject.openedAt),
        })}
      </Heading3>
      <Paragraph>
        <strong>{t("steps.traject.concern")}</strong> {traject.concern}
      </Paragraph>
      <Paragraph className="iz-muted">
        {t("steps.traject.openedBy", {
          name: traject.openedBy.name,
          organisation: traject.openedBy.organisation,
        })}
        {closed && traject.closeReason
          ? ` ${t("steps.traject.closedBecause", { reason: t(`steps.close.reasons.${traject.closeReason}`), date: formatDate(traject.closedAt) })}`
          : ""}
        {closed && traject.handoverOn
          ? ` ${t("steps.traject.handedOverOn", { date: formatDate(traject.handoverOn) })}`
          : ""}
      </Paragraph>
      {!closed ? <StepProgress traject={traject} /> : null}
      {!closed && canChange ? (
        <StepEditor youthId={youthId} traject={traject} people={people} onDone={onMessage} />
      ) : null}
      <section aria-labelledby={`${titleId}-reviews`}>
        <Heading4 id={`${titleId}-reviews`}>{t("steps.reviews.title")}</Heading4>
        <ReviewList
          youthId={youthId}
          reviews={traject.reviews}
          people={people}
          canChange={canChange && traject.status === "monitor"}
        />
      </section>
      <section aria-labelledby={`${titleId}-history`}>
        <Heading4 id={`${titleId}-history`}>{t("steps.history.title")}</Heading4>
        <StepHistory steps={traject.steps} people={people} />
      </section>
    </article>
  );
}
