/** What the dossier adds to a report, read-only: the youth, location, signals, the reporter. */
import { useTranslation } from "react-i18next";
import { Heading4, Paragraph, Table } from "../../../components/nlds";
import { formatDate } from "../../youths/format";
import { list, obj, str, type Loose } from "../values";

export function ReportSummary({ form }: { form: Loose }) {
  const { t } = useTranslation();
  const youth = obj(form, "youth");
  const location = obj(form, "location");
  const reporter = obj(form, "reporter");
  const signals = Array.isArray(form.signals) ? (form.signals as Loose[]) : [];
  const rows: [string, string][] = [
    [t("steps.reports.youth.name"), str(youth, "displayName")],
    [
      t("steps.reports.youth.dob"),
      `${formatDate(str(youth, "dateOfBirth"))}${youth.dateOfBirthEstimated === true ? ` (${t("steps.reports.youth.estimated")})` : ""}`,
    ],
    [
      t("steps.reports.youth.gender"),
      str(youth, "gender") ? t(`steps.reports.gender.${str(youth, "gender")}`) : "",
    ],
    ...("nationality" in youth
      ? [[t("steps.reports.youth.nationality"), str(youth, "nationality")] as [string, string]]
      : []),
    [t("steps.reports.youth.languages"), list(youth, "languages").join(", ")],
    ...("vNumber" in youth
      ? [[t("steps.reports.youth.vNumber"), str(youth, "vNumber")] as [string, string]]
      : []),
    [
      t("steps.reports.location"),
      [str(location, "organisation"), str(location, "region")].filter(Boolean).join(", "),
    ],
    ...(list(form, "observerOrganisations").length > 0
      ? [
          [t("steps.reports.observers"), list(form, "observerOrganisations").join(", ")] as [
            string,
            string,
          ],
        ]
      : []),
    [t("steps.reports.reporter"), `${str(reporter, "name")} (${str(reporter, "organisation")})`],
  ];
  return (
    <div className="iz-steps-summary">
      <Heading4>{t("steps.reports.fromDossier")}</Heading4>
      <Paragraph className="iz-muted">{t("steps.reports.fromDossierHint")}</Paragraph>
      <dl className="iz-steps-what">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || "—"}</dd>
          </div>
        ))}
      </dl>
      {signals.length > 0 ? (
        <Table>
          <caption>{t("steps.reports.signalsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("steps.reports.signal.date")}</th>
              <th scope="col">{t("steps.reports.signal.what")}</th>
              <th scope="col">{t("steps.reports.signal.organisation")}</th>
            </tr>
          </thead>
          <tbody>
            {signals.map((s, i) => (
              <tr key={`${str(s, "observedOn")}-${i}`}>
                <td>{formatDate(str(s, "observedOn"))}</td>
                <td>{str(s, "indicator")}</td>
                <td>{str(s, "organisation")}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
