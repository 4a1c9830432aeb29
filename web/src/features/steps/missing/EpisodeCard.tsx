/** One missing episode: what is known, the checklist, reviews, the police summary and the return. */
import { useTranslation } from "react-i18next";
import type { EpisodeView } from "../../../../../src/shared/missing.schema";
import type { PersonRef } from "../../../../../src/shared/steps-view.schema";
import { Heading3, Heading4, Paragraph, StatusBadge } from "../../../components/nlds";
import { formatDateTime } from "../../youths/format";
import { ReviewList } from "../components/ReviewList";
import { youthPath } from "../queries";
import { Checklist } from "./Checklist";
import { CloseEpisodeForm, ConversationForm, EndEpisodeForm } from "./EpisodeForms";

export function EpisodeCard({
  youthId,
  episode: e,
  canChange,
  canExport,
  people,
  onDone,
}: {
  youthId: string;
  episode: EpisodeView;
  canChange: boolean;
  canExport: boolean;
  people: PersonRef[];
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = `episode-${e.id}`;
  const rows: [string, string | null][] = [
    [t("steps.missing.field.lastSeenAt"), formatDateTime(e.lastSeenAt)],
    [t("steps.missing.field.lastSeenWhere"), e.lastSeenWhere],
    [t("steps.missing.field.lastSeenWith"), e.lastSeenWith],
    [t("steps.missing.field.circumstances"), e.circumstances],
    [t("steps.missing.field.belongings"), e.belongings],
    [t("steps.missing.field.phone"), e.phone ? t(`steps.missing.phone.${e.phone}`) : null],
    [t("steps.missing.field.phoneNumber"), e.phoneNumber],
    [
      t("steps.missing.reportedBy"),
      `${e.createdBy.name} (${e.createdBy.organisation}), ${formatDateTime(e.reportedAt)}`,
    ],
    [
      t("steps.missing.field.endedAt"),
      e.endedAt
        ? `${formatDateTime(e.endedAt)} — ${t(`steps.missing.outcomes.${e.endOutcome ?? "returned"}`)}`
        : null,
    ],
    [t("steps.missing.field.foundWhere"), e.foundWhere],
    [t("steps.missing.field.summary"), e.conversation?.summary ?? null],
  ];
  return (
    <article aria-labelledby={titleId} className="iz-card iz-steps-episode">
      <Heading3 id={titleId}>
        {t("steps.missing.episodeTitle", { when: formatDateTime(e.lastSeenAt) })}{" "}
        <StatusBadge>{t(`steps.missing.status.${e.status}`)}</StatusBadge>
      </Heading3>
      <dl className="iz-steps-what">
        {rows
          .filter(([, v]) => v)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {canExport ? (
        <Paragraph>
          <a href={youthPath(youthId, `missing-episodes/${e.id}/summary.pdf`)} download>
            {t("steps.missing.summaryPdf")}
          </a>
        </Paragraph>
      ) : null}
      <section aria-labelledby={`${titleId}-check`}>
        <Heading4 id={`${titleId}-check`}>{t("steps.missing.checklistTitle")}</Heading4>
        <Checklist
          youthId={youthId}
          episodeId={e.id}
          items={e.checklist}
          canChange={canChange && e.status !== "closed"}
          onDone={onDone}
        />
      </section>
      <section aria-labelledby={`${titleId}-reviews`}>
        <Heading4 id={`${titleId}-reviews`}>{t("steps.reviews.title")}</Heading4>
        <ReviewList
          youthId={youthId}
          reviews={e.reviews}
          people={people}
          canChange={canChange && e.status === "missing"}
        />
      </section>
      {canChange && e.status === "missing" ? (
        <EndEpisodeForm youthId={youthId} episode={e} onDone={onDone} />
      ) : null}
      {canChange && e.status === "ended" && !e.conversation && e.endOutcome !== "left_care" ? (
        <ConversationForm youthId={youthId} episode={e} onDone={onDone} />
      ) : null}
      {canChange && e.status === "ended" ? (
        <CloseEpisodeForm youthId={youthId} episode={e} onDone={onDone} />
      ) : null}
    </article>
  );
}
