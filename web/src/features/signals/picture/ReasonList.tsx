/**
 * The reasons of the picture as sentences in the current language. Each names its rule and
 * links to the signals it rests on (into the signals list), with date and signal text.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PictureReason } from "../../../../../src/domain/picture/types";
import type { SignalView } from "../../../../../src/shared/signal.schema";
import { lookupCatalog, useContentLanguage, type CatalogView } from "../../catalog/use-catalog";
import { signalHref } from "../anchors";
import { joinSentences } from "../components/text";
import { formatDate } from "../format";

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

/** The reasons, highest level first; reasons of level 0 are shown as notes. */
export function ReasonList({
  youthId,
  reasons,
  signals,
  catalog,
}: {
  youthId: string;
  reasons: PictureReason[];
  signals: Map<string, SignalView>;
  catalog: CatalogView | undefined;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const sorted = [...reasons].sort((a, b) => b.level - a.level);
  if (sorted.length === 0)
    return <p className="utrecht-paragraph">{t("signals.picture.noReasons")}</p>;
  return (
    <ul className="iz-sig-reasons">
      {sorted.map((r, i) => (
        <li key={`${r.rule}-${r.type ?? ""}-${i}`} className="iz-sig-reason">
          <p className="utrecht-paragraph iz-sig-reason__text">
            <span className="iz-sig-reason__level">
              {t("signals.picture.reasonLevel", { level: r.level })}
            </span>{" "}
            {r.text[lang]}
          </p>
          {r.signalIds.length > 0 ? (
            <div className="iz-sig-reason__signals">
              <span>{t("signals.picture.reasonSignals", { count: r.signalIds.length })}</span>
              <ul>
                {r.signalIds.map((sid, n) => (
                  <li key={sid}>
                    <Link to={signalHref(youthId, sid)}>
                      {signalLabel(signals.get(sid), catalog, lang) ??
                        t("signals.picture.signalN", { n: n + 1 })}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="utrecht-paragraph iz-muted iz-sig-reason__rule">
            {t("signals.picture.rule", { rule: r.rule })}
          </p>
        </li>
      ))}
    </ul>
  );
}
