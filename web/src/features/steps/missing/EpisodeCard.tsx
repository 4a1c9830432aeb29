/**
 * One missing episode, in the order it is needed: the police sheet and the numbers to call at the
 * top, then the compact checklist, what is known, the reviews (each folded until recorded) and
 * the return. Sub-parts are headed divs, not regions, so two episodes never repeat a landmark.
 */
import { useTranslation } from "react-i18next";
import type { EpisodeView } from "../../../../../src/shared/missing.schema";
import type { PersonRef } from "../../../../../src/shared/steps-view.schema";
import { Heading3, Heading4, Paragraph, StatusBadge } from "../../../components/nlds";
import { formatDateTime } from "../../youths/format";
import { CallLinks } from "../components/CallLinks";
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
      {canExport || e.status === "missing" ? (
        <div className="iz-steps-quick">
          {canExport ? (
            <Paragraph>
              <a href={youthPath(youthId, `missing-episodes/${e.id}/summary.pdf`)} download>
                {t("steps.missing.summaryPdf")}
              </a>
            </Paragraph>
          ) : null}
          {e.status === "missing" ? (
            <>
              <CallLinks police />
              {e.phoneNumber ? (
                <Paragraph>
                  <a href={`tel:${e.phoneNumber.replace(/[^+0-9]/g, "")}`}>
                    {t("steps.missing.callYouth", { number: e.phoneNumber })}
                  </a>
                </Paragraph>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
      <div className="iz-steps-part">
        <Heading4 id={`${titleId}-check`}>{t("steps.missing.checklistTitle")}</Heading4>
        <Checklist
          youthId={youthId}
          episodeId={e.id}
          items={e.checklist}
          canChange={canChange && e.status !== "closed"}
          onDone={onDone}
        />
      </div>
      <div className="iz-steps-part">
        <Heading4 id={`${titleId}-known`}>{t("steps.missing.knownTitle")}</Heading4>
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
      </div>
      <div className="iz-steps-part">
        <Heading4 id={`${titleId}-reviews`}>{t("steps.reviews.title")}</Heading4>
        <ReviewList
          youthId={youthId}
          reviews={e.reviews}
          people={people}
          canChange={canChange && e.status === "missing"}
          compact
        />
      </div>
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
