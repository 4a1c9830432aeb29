/** Small cells of the caseload: the change of level, the level per form, the open items — all as text. */
import { useTranslation } from "react-i18next";
import { formatDate } from "../format";
import { SPECIFIC_TYPES, type CaseloadItem } from "../types";

/** "↑ gestegen (van 2), 3 mei 2026" / "↓ gedaald" / "— gelijk". */
export function ChangeText({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation();
  const date = item.levelChangedAt ? formatDate(item.levelChangedAt) : "";
  if (item.change === 0)
    return (
      <span className="iz-sig-change">
        <span aria-hidden="true">— </span>
        {t("signals.caseload.same")}
      </span>
    );
  const up = item.change > 0;
  return (
    <span className={`iz-sig-change iz-sig-change--${up ? "up" : "down"}`}>
      <span aria-hidden="true">{up ? "↑ " : "↓ "}</span>
      {t(up ? "signals.caseload.rose" : "signals.caseload.fell", { from: item.previousLevel })}
      {date ? <span className="iz-muted"> ({date})</span> : null}
    </span>
  );
}

/** "Crimineel 3 · Seksueel 0 · Arbeid 0" (only forms above 0, else "—"). */
export function ByTypeText({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation();
  const byType = item.byType;
  if (!byType) return <>—</>;
  const parts = SPECIFIC_TYPES.filter((k) => byType[k] > 0).map((k) =>
    t("signals.caseload.typeLevel", { type: t(`signals.typesShort.${k}`), level: byType[k] }),
  );
  return <>{parts.length > 0 ? parts.join(" · ") : "—"}</>;
}

/** "2 ongelezen meldingen, 1 veiligheidscheck open" or "Geen". */
export function OpenItemsText({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation();
  const o = item.openItems;
  const parts = [
    o.safetyAlerts > 0 ? t("signals.caseload.safetyAlerts", { count: o.safetyAlerts }) : null,
    o.overdueReviews > 0 ? t("signals.caseload.overdueReviews", { count: o.overdueReviews }) : null,
    o.unreadNotifications > 0
      ? t("signals.caseload.unread", { count: o.unreadNotifications })
      : null,
    o.accessRequests > 0 ? t("signals.caseload.accessRequests", { count: o.accessRequests }) : null,
  ].filter(Boolean);
  return <>{parts.length > 0 ? parts.join(", ") : t("signals.caseload.noOpenItems")}</>;
}
