/**
 * A table of youths (name, level, age, location, status) with a quick action to record a
 * signal, used by the list and the widget.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { YouthSummary } from "../../../../../src/shared/youth.schema";
import { Table } from "../../../components/nlds";
import "../youths-i18n";
import { AgeText } from "./AgeText";
import { LevelBadge } from "./LevelBadge";
import { YouthStatus } from "./YouthStatus";

/** The youths as table rows; the caption names the table for screen readers. */
export function YouthTable({ youths, caption }: { youths: YouthSummary[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table className="iz-youth-table">
      <caption className="utrecht-table__caption iz-caption">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">
            {t("youths.table.name")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("youths.table.level")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("youths.table.age")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("youths.table.location")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("youths.table.status")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("youths.table.actions")}
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {youths.map((y) => (
          <tr key={y.id} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              <Link to={`/youths/${y.id}`} className="iz-target">
                {y.displayName}
              </Link>
            </th>
            <td className="utrecht-table__cell">
              <LevelBadge level={y.level} />
            </td>
            <td className="utrecht-table__cell">
              <AgeText age={y.age} turns18InMonths={y.turns18InMonths} />
            </td>
            <td className="utrecht-table__cell">{y.location.name}</td>
            <td className="utrecht-table__cell">
              <YouthStatus status={y.status} />
            </td>
            <td className="utrecht-table__cell">
              <Link to={`/youths/${y.id}/signals/new`} className="iz-target">
                {t("youths.table.record")}
                <span className="iz-visually-hidden">
                  {" "}
                  {t("youths.table.recordFor", { name: y.displayName })}
                </span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
