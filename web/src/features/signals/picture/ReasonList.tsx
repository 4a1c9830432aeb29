/**
 * "Waarom dit niveau?": first the rule(s) that decided the level, each in one plain sentence with
 * the signals it rests on (each signal once); the other rules folded away below. No rule codes on
 * screen: the code stays in the API answer and the access log for whoever audits it.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PictureReason } from "../../../../../src/domain/picture/types";
import type { SignalView } from "../../../../../src/shared/signal.schema";
import { lookupCatalog, useContentLanguage, type CatalogView } from "../../catalog/use-catalog";
import { signalHref } from "../anchors";
import { joinSentences } from "../components/text";
import { formatDate } from "../format";
import { decidingSignalIds, orderReasons } from "./reason-order";

/** A short label of a signal: its date and its first signal text. */
export function signalLabel(
  signal: SignalView | undefined,
  catalog: CatalogView | undefined,
  lang: "nl" | "en",
): string | null {
  if (!signal) return null;
  const texts = signal.indicatorIds.map((id) =>
    catalog ? (lookupCatalog(catalog).indicator(id)?.text[lang] ?? id) : id,
  );
  return `${formatDate(signal.observedAt)}: ${joinSentences(texts)}`;
}

/** The plain name of a rule ("Het signaal beschrijft de uitbuiting zelf"), never its code. */
function useRuleName() {
  const { t } = useTranslation();
  return (rule: string) =>
    t(`signals.picture.ruleName.${rule}`, { defaultValue: t("signals.picture.ruleName.other") });
}

function ReasonItem({ reason }: { reason: PictureReason }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const ruleName = useRuleName();
  return (
    <li className="iz-sig-reason">
      <p className="utrecht-paragraph iz-sig-reason__text">
        <span className="iz-sig-reason__level">
          {t("signals.picture.reasonLevel", { level: reason.level })}
        </span>{" "}
        <strong>{ruleName(reason.rule)}.</strong> {reason.text[lang]}.
      </p>
    </li>
  );
}

function SignalLinks({
  youthId,
  ids,
  signals,
  catalog,
}: {
  youthId: string;
  ids: string[];
  signals: Map<string, SignalView>;
  catalog: CatalogView | undefined;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  if (ids.length === 0) return null;
  return (
    <div className="iz-sig-reason__signals">
      <span>{t("signals.picture.reasonSignals", { count: ids.length })}</span>
      <ul>
        {ids.map((sid, n) => (
          <li key={sid}>
            <Link to={signalHref(youthId, sid)}>
              {signalLabel(signals.get(sid), catalog, lang) ??
                t("signals.picture.signalN", { n: n + 1 })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The deciding reasons with their signals, then the other rules in a fold. */
export function ReasonList({
  youthId,
  level,
  reasons,
  signals,
  catalog,
}: {
  youthId: string;
  level: number;
  reasons: PictureReason[];
  signals: Map<string, SignalView>;
  catalog: CatalogView | undefined;
}) {
  const { t } = useTranslation();
  if (reasons.length === 0)
    return <p className="utrecht-paragraph">{t("signals.picture.noReasons")}</p>;
  const { deciding, others } = orderReasons(reasons, level);
  return (
    <>
      {deciding.length > 0 ? (
        <>
          <p className="utrecht-paragraph">
            {t("signals.picture.decidedBy", { count: deciding.length })}
          </p>
          <ul className="iz-sig-reasons">
            {deciding.map((r, i) => (
              <ReasonItem key={`${r.rule}-${r.type ?? ""}-${i}`} reason={r} />
            ))}
          </ul>
          <SignalLinks
            youthId={youthId}
            ids={decidingSignalIds(deciding)}
            signals={signals}
            catalog={catalog}
          />
        </>
      ) : null}
      {others.length > 0 ? (
        <details className="iz-sig-other-reasons">
          <summary>{t("signals.picture.otherRules", { count: others.length })}</summary>
          <ul className="iz-sig-reasons">
            {others.map((r, i) => (
              <ReasonItem key={`${r.rule}-${r.type ?? ""}-${i}`} reason={r} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
