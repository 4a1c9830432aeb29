/** The picture per form of exploitation (sexual, criminal, labour): level and the ILO element. */
import { useTranslation } from "react-i18next";
import type { Picture } from "../../../../../src/domain/picture/types";
import { Table } from "../../../components/nlds";
import { LevelBadge } from "../../youths/components/LevelBadge";
import { SPECIFIC_TYPES } from "../types";

/** A table: form of exploitation, level, whether the ILO/EC element rule is met. */
export function TypeLevels({ byType }: { byType: Picture["byType"] }) {
  const { t } = useTranslation();
  return (
    <Table className="iz-sig-types">
      <caption className="utrecht-table__caption">{t("signals.picture.byTypeCaption")}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">
            {t("signals.picture.type")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("signals.picture.level")}
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            {t("signals.picture.ilo")}
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {SPECIFIC_TYPES.map((type) => (
          <tr key={type} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {t(`signals.types.${type}`)}
            </th>
            <td className="utrecht-table__cell">
              <LevelBadge level={byType[type].level} />
            </td>
            <td className="utrecht-table__cell">
              {byType[type].positive
                ? t("signals.picture.iloYes", { count: byType[type].signalIds.length })
                : t("signals.picture.iloNo")}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
