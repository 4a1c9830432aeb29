/** Where the youth has lived: one row per location, newest last. */
import { useTranslation } from "react-i18next";
import type { YouthDossier } from "../../../../../../src/shared/youth.schema";
import { Table } from "../../../../components/nlds";
import { formatDate } from "../../format";
import "../../youths-i18n";

/** The location history table. */
export function LocationHistory({ history }: { history: YouthDossier["locationHistory"] }) {
  const { t } = useTranslation();
  return (
    <Table>
      <caption className="utrecht-table__caption iz-caption">
        {t("youths.details.historyTitle")}
      </caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">
            {t("youths.details.historyLocation")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("youths.details.historyFrom")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("youths.details.historyTo")}
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {history.map((h) => (
          <tr key={`${h.organisationId}-${h.startedAt}`} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {h.name}
            </th>
            <td className="utrecht-table__cell">{formatDate(h.startedAt)}</td>
            <td className="utrecht-table__cell">
              {h.endedAt ? formatDate(h.endedAt) : t("youths.details.historyNow")}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
