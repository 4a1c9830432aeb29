/**
 * One recorded signal: when it was seen, the signals from the catalogue (category name and
 * colour), the facts as text, the source, context answers, the interpretation apart, and who
 * recorded it. A retracted signal stays, marked "Ingetrokken door X op D: reden".
 */
import { useTranslation } from "react-i18next";
import type { SignalView } from "../../../../../src/shared/signal.schema";
import { Heading3 } from "../../../components/nlds";
import { useContentLanguage, type CatalogView } from "../../catalog/use-catalog";
import { signalAnchorId } from "../anchors";
import { IndicatorTags } from "../components/IndicatorTags";
import { personDetail, RecorderLine } from "../components/RecorderLine";
import { formatDate, formatDateTime } from "../format";
import { RetractForm } from "./RetractForm";

/** The source in words ("De jongere vertelde het", "Een ander vertelde het: beveiliger"). */
export function SourceText({ source, detail }: { source: string; detail: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`signals.source.${source}`)}
      {detail ? `: ${detail}` : ""}
    </>
  );
}

/** An article for the signal; `canRetract` shows the retract button (the server decides). */
export function SignalCard({
  youthId,
  signal,
  catalog,
  canRetract,
}: {
  youthId: string;
  signal: SignalView;
  catalog: CatalogView | undefined;
  canRetract: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = useContentLanguage();
  const headingId = `${signalAnchorId(signal.id)}-title`;
  const retracted = signal.retraction;
  const retractedDetail = retracted
    ? personDetail(t, i18n, retracted.byRole, retracted.byOrganisation)
    : "";
  const retractedText = retracted
    ? t(retractedDetail ? "signals.list.retracted" : "signals.list.retractedShort", {
        name: retracted.by,
        detail: retractedDetail,
        date: formatDateTime(retracted.at),
        reason: retracted.reason,
      })
    : "";
  const answers = Object.entries(signal.contextAnswers);
  const question = (id: string) =>
    catalog?.contextQuestions.find((q) => q.id === id)?.text[lang] ?? id;
  return (
    <article
      id={signalAnchorId(signal.id)}
      tabIndex={-1}
      aria-labelledby={headingId}
      className={`iz-sig-card${retracted ? " iz-sig-card--retracted" : ""}`}
    >
      <Heading3 id={headingId} className="iz-sig-card__title">
        {t("signals.list.observed", { date: formatDate(signal.observedAt) })}
        {retracted ? (
          <span className="iz-sig-retracted-tag"> — {t("signals.list.retractedTag")}</span>
        ) : null}
      </Heading3>
      {retracted ? (
        <p className="utrecht-paragraph iz-sig-retracted">
          <span aria-hidden="true">⊘ </span>
          {retractedText}
        </p>
      ) : null}
      <IndicatorTags ids={signal.indicatorIds} catalog={catalog} />
      <dl className="iz-sig-facts">
        <dt>{t("signals.list.facts")}</dt>
        <dd className="iz-sig-prewrap">{signal.facts}</dd>
        <dt>{t("signals.list.source")}</dt>
        <dd>
          <SourceText source={signal.source} detail={signal.sourceDetail} />
        </dd>
        {signal.interpretation ? (
          <>
            <dt>{t("signals.list.interpretation")}</dt>
            <dd className="iz-sig-prewrap iz-sig-interpretation-text">{signal.interpretation}</dd>
          </>
        ) : null}
      </dl>
      {answers.length > 0 ? (
        <details className="iz-sig-answers">
          <summary>{t("signals.list.context", { count: answers.length })}</summary>
          <dl>
            {answers.map(([id, answer]) => (
              <div key={id}>
                <dt>{question(id)}</dt>
                <dd className="iz-sig-prewrap">{answer}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      <RecorderLine
        name={signal.recordedBy.name}
        role={signal.recordedBy.role}
        organisation={signal.recordedBy.organisation}
        when={formatDateTime(signal.recordedAt)}
      />
      {canRetract && !retracted ? (
        <div className="iz-sig-card__actions">
          <RetractForm youthId={youthId} signalId={signal.id} />
        </div>
      ) : null}
    </article>
  );
}
