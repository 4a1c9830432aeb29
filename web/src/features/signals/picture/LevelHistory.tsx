/** The level over time: each change with its date and what caused the recomputation. */
import { useTranslation } from "react-i18next";
import { i18next } from "../../../lib/i18n";
import { Table } from "../../../components/nlds";
import { LevelBadge } from "../../youths/components/LevelBadge";
import { formatDateTime } from "../format";
import type { LevelHistoryEntry } from "../types";

/** The translated cause of a recomputation, or the raw cause when unknown. */
function causeText(t: (k: string) => string, cause: string): string {
  const key = `signals.picture.cause.${cause.replace(/\./g, "_")}`;
  return i18next.exists(key) ? t(key) : t("signals.picture.cause.other");
}

/** A table, newest first. */
export function LevelHistory({ history }: { history: LevelHistoryEntry[] }) {
  const { t } = useTranslation();
  const rows = [...history].sort((a, b) => (a.at < b.at ? 1 : -1));
  if (rows.length === 0)
    return <p className="utrecht-paragraph">{t("signals.picture.noHistory")}</p>;
  return (
    <Table className="iz-sig-history">
      <caption className="utrecht-table__caption">{t("signals.picture.historyCaption")}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">
            {t("signals.picture.when")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("signals.picture.level")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("signals.picture.cause.label")}
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rows.map((h, i) => (
          <tr key={`${h.at}-${i}`} className="utrecht-table__row">
            <td className="utrecht-table__cell">{formatDateTime(h.at)}</td>
            <td className="utrecht-table__cell">
              <LevelBadge level={h.level} />
            </td>
            <td className="utrecht-table__cell">
              {causeText(t, h.cause)}{" "}
              <span className="iz-muted">
                {t("signals.picture.rulesVersion", { version: h.rulesVersion })}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
