/** The table view of the patterns: what, how many youths, when, who recorded it, and elsewhere. */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Table } from "../../components/nlds";
import { formatDate, formatDateTime } from "../signals/format";
import type { PatternView } from "../../../../src/shared/pattern.schema";

export function PatternTable({ items }: { items: PatternView[] }) {
  const { t } = useTranslation();
  return (
    <Table className="iz-patterns-table">
      <caption>{t("patterns.table.caption", { count: items.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("patterns.table.what")}</th>
          <th scope="col">{t("patterns.table.youths")}</th>
          <th scope="col">{t("patterns.table.last")}</th>
          <th scope="col">{t("patterns.table.inReach")}</th>
          <th scope="col">{t("patterns.table.elsewhere")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <span className="iz-muted">{t(`patterns.kinds.${p.kind}`)}</span>
              <br />
              <span className="iz-patterns-value">{p.value}</span>
            </th>
            <td>{t("patterns.table.youthCount", { count: p.youthCount })}</td>
            <td>{formatDateTime(p.lastRecordedAt)}</td>
            <td>
              <ul className="iz-patterns-list">
                {p.youths.map((y) => (
                  <li key={y.youthId}>
                    <Link to={`/youths/${y.youthId}`} className="iz-target">
                      {y.displayName}
                    </Link>{" "}
                    <span className="iz-muted">
                      ({y.label}, {y.location})
                    </span>
                    <ul>
                      {y.signals.map((s) => (
                        <li key={s.signalId}>
                          {t("patterns.table.signal", {
                            observed: formatDate(s.observedAt),
                            name: s.recordedBy.name,
                            organisation: s.recordedBy.organisation,
                          })}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {p.elsewhere.length === 0 ? (
                t("patterns.table.none")
              ) : (
                <ul className="iz-patterns-list">
                  {p.elsewhere.map((e) => (
                    <li key={e.region ?? "-"}>
                      {t("patterns.table.elsewhereCount", {
                        count: e.youthCount,
                        region: e.region ?? t("patterns.noRegion"),
                      })}
                      <br />
                      {e.contacts.length === 0
                        ? t("patterns.table.noContact")
                        : e.contacts.map((c) => (
                            <span key={c.email} className="iz-patterns-contact">
                              {t("patterns.table.contact", {
                                name: c.name,
                                organisation: c.organisation,
                              })}{" "}
                              <a href={`mailto:${c.email}`} className="iz-target">
                                {c.email}
                              </a>
                            </span>
                          ))}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
