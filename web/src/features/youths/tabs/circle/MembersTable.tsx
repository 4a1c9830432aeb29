/** Circle members as a table: current ones (with "end membership"), or former ones. */
import { useTranslation } from "react-i18next";
import { Button, Table } from "../../../../components/nlds";
import { formatDate } from "../../format";
import type { CircleMember } from "../../types";
import "../../youths-i18n";

function RoleCells({ m }: { m: CircleMember }) {
  const { t } = useTranslation();
  return (
    <>
      <td className="utrecht-table__cell">{t(`youths.relation.${m.relation}`)}</td>
      <td className="utrecht-table__cell">{m.roles.map((r) => t(`roles.${r}`)).join(", ")}</td>
      <td className="utrecht-table__cell">{m.organisation.name}</td>
    </>
  );
}

function Head({ last }: { last: string | null }) {
  const { t } = useTranslation();
  const cols = ["name", "relation", "roles", "organisation", "period"];
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {cols.map((c) => (
          <th key={c} scope="col" className="utrecht-table__header-cell">
            {t(`youths.circle.columns.${c}`)}
          </th>
        ))}
        {last && (
          <th scope="col" className="utrecht-table__header-cell">
            {last}
          </th>
        )}
      </tr>
    </thead>
  );
}

/** Current members; `onEnd` (when allowed) shows a button per member to end the membership. */
export function CurrentMembersTable({
  members,
  onEnd,
}: {
  members: CircleMember[];
  onEnd: ((m: CircleMember) => void) | null;
}) {
  const { t } = useTranslation();
  return (
    <Table>
      <caption className="utrecht-table__caption iz-caption">
        {t("youths.circle.currentCaption")}
      </caption>
      <Head last={onEnd ? t("youths.circle.columns.actions") : null} />
      <tbody className="utrecht-table__body">
        {members.map((m) => (
          <tr key={m.id} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {m.name}
            </th>
            <RoleCells m={m} />
            <td className="utrecht-table__cell">
              {t("youths.circle.since", { date: formatDate(m.addedAt) })}
              {m.readOnly && (
                <>
                  <br />
                  {m.accessUntil
                    ? t("youths.circle.readOnlyUntil", { date: formatDate(m.accessUntil) })
                    : t("youths.circle.readOnly")}
                </>
              )}
            </td>
            {onEnd && (
              <td className="utrecht-table__cell">
                <Button type="button" appearance="subtle-button" onClick={() => onEnd(m)}>
                  {t("youths.circle.end")}
                  <span className="iz-visually-hidden"> {m.name}</span>
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Former members, with when and why their membership ended. */
export function FormerMembersTable({ members }: { members: CircleMember[] }) {
  const { t } = useTranslation();
  return (
    <Table>
      <caption className="utrecht-table__caption iz-caption">
        {t("youths.circle.formerCaption")}
      </caption>
      <Head last={t("youths.circle.columns.endReason")} />
      <tbody className="utrecht-table__body">
        {members.map((m) => (
          <tr key={m.id} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {m.name}
            </th>
            <RoleCells m={m} />
            <td className="utrecht-table__cell">
              {t("youths.circle.period", {
                from: formatDate(m.addedAt),
                to: formatDate(m.endedAt ?? m.accessUntil),
              })}
            </td>
            <td className="utrecht-table__cell">
              {m.endedReason ??
                (m.endedAt ? t("youths.details.empty") : t("youths.circle.accessExpired"))}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
