/**
 * The export for the Nationaal Rapporteur / CoMensha (issue 23): CoMensha registrations sent
 * through InZicht by form of exploitation, age band, gender and region of origin, for the area
 * chosen on the page. One table per dimension (the others over all values), and the full cross
 * table as CSV. Every number comes from the server already suppressed.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  StatisticsExport,
  StatisticsExportCell,
} from "../../../../src/shared/api/statistics-export";
import { Alert, Button, Heading2, Heading3, Paragraph, Table } from "../../components/nlds";
import { useStatisticsExport, useStatsLang } from "./statistics-api";

type Dimension = "form" | "ageBand" | "gender" | "originRegion";
const DIMENSIONS: Dimension[] = ["form", "ageBand", "gender", "originRegion"];

function cellAt(x: StatisticsExport, d: Dimension | null, value: string) {
  return x.cells.find((c) => DIMENSIONS.every((k) => (k === d ? c[k] === value : c[k] === "*")));
}

export function ExportSection({ location }: { location: string }) {
  const { t } = useTranslation();
  const lang = useStatsLang();
  const [open, setOpen] = useState(false);
  const data = useStatisticsExport(location, open);
  const csvHref = `/api/statistics/export/csv?${new URLSearchParams({ location, lang }).toString()}`;
  return (
    <section aria-labelledby="stat-export-title" className="iz-statistics-section">
      <Heading2 id="stat-export-title">{t("statistics.export.title")}</Heading2>
      <Paragraph>{t("statistics.export.about")}</Paragraph>
      <Button
        appearance="secondary-action-button"
        aria-expanded={open}
        aria-controls="stat-export-body"
        onClick={() => setOpen(!open)}
      >
        {open ? t("statistics.export.hide") : t("statistics.export.show")}
      </Button>
      <div id="stat-export-body" hidden={!open}>
        {open && data.isPending && <p role="status">{t("common.loading")}</p>}
        {data.isError && (
          <Alert type="error" role="alert">
            <Paragraph>{t("common.loadError")}</Paragraph>
          </Alert>
        )}
        {data.data && <ExportTables x={data.data} />}
        <Paragraph>
          <a href={csvHref} download>
            {t("statistics.export.csv")}
          </a>
        </Paragraph>
      </div>
    </section>
  );
}

function ExportTables({ x }: { x: StatisticsExport }) {
  const { t } = useTranslation();
  const lang = useStatsLang();
  const show = (v: StatisticsExportCell["youths"] | undefined) =>
    v === undefined ? "< 10" : typeof v === "number" ? v.toLocaleString(lang) : v;
  const total = cellAt(x, null, "*");
  const regionLabel = new Map(x.originRegions.map((r) => [r.id, r.label]));
  const values: Record<Dimension, { id: string; label: string }[]> = {
    form: x.forms.map((id) => ({ id, label: t(`statistics.export.form.${id}`) })),
    ageBand: x.ageBands.map((id) => ({ id, label: t(`statistics.export.ageBand.${id}`) })),
    gender: x.genders.map((id) => ({ id, label: t(`statistics.export.gender.${id}`) })),
    originRegion: x.originRegions.map((r) => ({ id: r.id, label: regionLabel.get(r.id) ?? r.id })),
  };
  return (
    <>
      <Paragraph>{t("statistics.export.area", { location: x.location.label })}</Paragraph>
      <Paragraph>{t("statistics.export.design")}</Paragraph>
      {!total && (
        <Alert type="info">
          <Paragraph>{t("statistics.export.none")}</Paragraph>
        </Alert>
      )}
      {total && (
        <Paragraph>
          {t("statistics.export.total", {
            registrations: show(total.registrations),
            youths: show(total.youths),
          })}
        </Paragraph>
      )}
      {total &&
        DIMENSIONS.map((d) => (
          <div key={d}>
            <Heading3 id={`stat-export-${d}`}>{t(`statistics.export.dimension.${d}`)}</Heading3>
            <Table aria-labelledby={`stat-export-${d}`}>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t(`statistics.export.dimension.${d}`)}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("statistics.export.registrations")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("statistics.export.youths")}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {values[d].map((v) => {
                  const c = cellAt(x, d, v.id);
                  return (
                    <tr key={v.id} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        {v.label}
                      </th>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">
                        {show(c?.registrations)}
                      </td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">
                        {show(c?.youths)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </div>
        ))}
    </>
  );
}
