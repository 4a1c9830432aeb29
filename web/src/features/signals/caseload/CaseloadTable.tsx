/**
 * The caseload as a table: youth (link to the dossier), level, change, level per form, open
 * items, and a quick action to record a signal.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Table } from "../../../components/nlds";
import { LevelBadge } from "../../youths/components/LevelBadge";
import type { CaseloadItem } from "../types";
import { ByTypeText, ChangeText, OpenItemsText } from "./CaseloadCells";

const th = (text: string) => (
  <th scope="col" className="utrecht-table__header-cell">
    {text}
  </th>
);

/** The table; `caption` names it for screen readers. */
export function CaseloadTable({ items, caption }: { items: CaseloadItem[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table className="iz-sig-caseload">
      <caption className="utrecht-table__caption">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {th(t("signals.caseload.youth"))}
          {th(t("signals.caseload.level"))}
          {th(t("signals.caseload.change"))}
          {th(t("signals.caseload.byType"))}
          {th(t("signals.caseload.openItems"))}
          {th(t("signals.caseload.actions"))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {items.map((y) => (
          <tr key={y.id} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              <Link to={`/youths/${y.id}`}>{y.displayName}</Link>
              <span className="iz-sig-caseload__where">{y.location.name}</span>
            </th>
            <td className="utrecht-table__cell">
              <LevelBadge level={y.level} />
            </td>
            <td className="utrecht-table__cell">
              <ChangeText item={y} />
            </td>
            <td className="utrecht-table__cell">
              <ByTypeText item={y} />
            </td>
            <td className="utrecht-table__cell">
              <OpenItemsText item={y} />
            </td>
            <td className="utrecht-table__cell">
              <Link to={`/youths/${y.id}/signals/new`}>
                {t("signals.caseload.record")}
                <span className="iz-visually-hidden">
                  {" "}
                  {t("signals.caseload.for", { name: y.displayName })}
                </span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
