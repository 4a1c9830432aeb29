/**
 * Access-log entries as a table: when, who (role, organisation), action, outcome, youth, reason
 * and emergency access — flagged in words, not colour alone. The youth is named by its display
 * name (pseudonym) with the start of its id; names and ids filter the log.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Table } from "../../components/nlds";
import { formatDateTime } from "../youths/format";
import { filtersToParams, type AuditFilters } from "./audit-filters";
import "./audit-i18n";
import type { AccessLogEntry } from "./types";

const COLUMNS = [
  "at",
  "who",
  "role",
  "organisation",
  "action",
  "outcome",
  "youth",
  "reason",
  "emergency",
];

function FilterLink({
  filters,
  patch,
  label,
  hidden,
}: {
  filters: AuditFilters;
  patch: Partial<AuditFilters>;
  label: string;
  hidden: string;
}) {
  return (
    <Link
      to={`/audit?${filtersToParams({ ...filters, ...patch }).toString()}`}
      className="iz-audit-link"
    >
      {label}
      <span className="iz-visually-hidden"> {hidden}</span>
    </Link>
  );
}

function Row({ e, filters }: { e: AccessLogEntry; filters: AuditFilters }) {
  const { t } = useTranslation();
  const dash = t("audit.none");
  return (
    <tr className={`utrecht-table__row${e.emergency ? " iz-audit-row--emergency" : ""}`}>
      <th scope="row" className="utrecht-table__header-cell">
        <time dateTime={e.at}>{formatDateTime(e.at)}</time>
      </th>
      <td className="utrecht-table__cell">
        {e.actor.id ? (
          <FilterLink
            filters={filters}
            patch={{ userId: e.actor.id }}
            label={e.actor.name ?? e.actor.id}
            hidden={t("audit.filterOnUser")}
          />
        ) : (
          (e.actor.name ?? dash)
        )}
      </td>
      <td className="utrecht-table__cell">
        {e.actor.role ? t(`roles.${e.actor.role}`, { defaultValue: e.actor.role }) : dash}
      </td>
      <td className="utrecht-table__cell">{e.actor.organisation ?? dash}</td>
      <td className="utrecht-table__cell">
        {t(`audit.actions.${e.action}`, { defaultValue: e.action })}
      </td>
      <td className="utrecht-table__cell">
        {t(`audit.outcomes.${e.outcome}`, { defaultValue: e.outcome })}
      </td>
      <td className="utrecht-table__cell iz-audit-id">
        {e.youthId ? (
          <>
            <FilterLink
              filters={filters}
              patch={{ youthId: e.youthId }}
              label={e.youthName ?? e.youthId}
              hidden={t("audit.filterOnYouth")}
            />
            {e.youthName ? (
              <span className="iz-muted iz-audit-youth-id">
                {t("audit.youthIdLabel")}: {e.youthId.slice(0, 8)}…
              </span>
            ) : null}
          </>
        ) : (
          dash
        )}
      </td>
      <td className="utrecht-table__cell">{e.reason ?? dash}</td>
      <td className="utrecht-table__cell">
        {e.emergency ? (
          <strong>
            <span aria-hidden="true">⚠ </span>
            {t("audit.emergencyYes")}
          </strong>
        ) : (
          t("audit.emergencyNo")
        )}
      </td>
    </tr>
  );
}

/** The entries table; `filters` are the current ones (the links add one). */
export function AuditTable({
  entries,
  filters,
}: {
  entries: AccessLogEntry[];
  filters: AuditFilters;
}) {
  const { t } = useTranslation();
  return (
    <Table className="iz-audit-table">
      <caption className="utrecht-table__caption iz-caption">
        {t("audit.caption", { count: entries.length })}
      </caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="utrecht-table__header-cell">
              {t(`audit.columns.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {entries.map((e) => (
          <Row key={e.seq} e={e} filters={filters} />
        ))}
      </tbody>
    </Table>
  );
}
