/**
 * /training/dashboard: trained professionals per organisation, type and month (chart with a
 * data table), module completion and the weakest questions, CSV export; trainers record
 * classroom trainings, team leads and trainers set the refresher interval. Researchers see
 * aggregates with small numbers shown as "< 10".
 */
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  Alert,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
} from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { hasRole, useSession } from "../../lib/session";
import { ClassroomForm } from "./ClassroomForm";
import { ClassroomList } from "./ClassroomList";
import { ModuleTables, OrganisationTable, TypeAndMonthTables } from "./DashboardTables";
import { formatCell } from "./format";
import { ProgrammeFacts } from "./ProgrammeFacts";
import { RefresherForm } from "./RefresherForm";
import { useDashboard, useTrainingLang } from "./training-api";
import "./training-i18n";
import "./training.css";

const DashboardChart = lazy(() =>
  import("./DashboardChart").then((m) => ({ default: m.DashboardChart })),
);

/** The dashboard screen. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("training.dashboard.title"));
  const lang = useTrainingLang();
  const { data: session } = useSession();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const allowed = hasRole(session, "trainer", "team_lead", "researcher");
  const dashboard = useDashboard(year);
  const isTrainer = hasRole(session, "trainer");
  const isLead = hasRole(session, "team_lead");

  if (!allowed) {
    return (
      <>
        <Heading1>{t("training.dashboard.title")}</Heading1>
        <Alert type="info">
          <Paragraph>{t("training.dashboard.noAccess")}</Paragraph>
        </Alert>
        <Paragraph>
          <Link to="/training">{t("training.module.back")}</Link>
        </Paragraph>
      </>
    );
  }
  const view = dashboard.data;
  return (
    <>
      <Heading1>{t("training.dashboard.title")}</Heading1>
      <Paragraph lead>{t(`training.dashboard.intro.${view?.scope ?? "all"}`)}</Paragraph>
      <Paragraph>{t("training.dashboard.definitions")}</Paragraph>
      <ProgrammeFacts />
      <form className="iz-training-year" onSubmit={(e) => e.preventDefault()}>
        <FormField>
          <FormLabel htmlFor="dashboard-year">{t("training.dashboard.year")}</FormLabel>
          <Select
            id="dashboard-year"
            value={String(year)}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {[0, 1, 2, 3].map((n) => (
              <option key={n} value={String(thisYear - n)}>
                {thisYear - n}
              </option>
            ))}
          </Select>
        </FormField>
      </form>
      {dashboard.isPending && <p role="status">{t("common.loading")}</p>}
      {dashboard.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      )}
      {view && (
        <>
          {view.suppressed && <Paragraph>{t("training.dashboard.suppressed")}</Paragraph>}
          <Paragraph className="iz-training-totals">
            {t("training.dashboard.totals", {
              year: view.year,
              total: formatCell(view.totals.total, i18n.language),
              classroom: formatCell(view.totals.classroom, i18n.language),
              programme: formatCell(view.totals.programmeCompleted, i18n.language),
              elearning: formatCell(view.totals.elearning, i18n.language),
            })}
          </Paragraph>
          <Paragraph>
            <a href={`/api/training/dashboard.csv?year=${view.year}&lang=${lang}`} download>
              {t("training.dashboard.csv")}
            </a>
          </Paragraph>
          <section aria-labelledby="dashboard-months" className="iz-training-section">
            <Heading2 id="dashboard-months">{t("training.dashboard.monthsTitle")}</Heading2>
            <figure className="iz-training-figure">
              <Suspense fallback={<p role="status">{t("common.loading")}</p>}>
                <DashboardChart
                  months={view.months}
                  description={t("training.dashboard.chartDescription", { year: view.year })}
                />
              </Suspense>
              <figcaption>{t("training.dashboard.chartCaption")}</figcaption>
            </figure>
            <TypeAndMonthTables view={view} />
          </section>
          <section aria-labelledby="dashboard-orgs" className="iz-training-section">
            <Heading2 id="dashboard-orgs">{t("training.dashboard.orgsTitle")}</Heading2>
            <OrganisationTable view={view} />
          </section>
          <section aria-labelledby="dashboard-modules" className="iz-training-section">
            <Heading2 id="dashboard-modules">{t("training.dashboard.modulesTitle")}</Heading2>
            <ModuleTables view={view} />
          </section>
          {isTrainer && (
            <section aria-labelledby="dashboard-classroom" className="iz-training-section">
              <Heading2 id="dashboard-classroom">{t("training.classroom.title")}</Heading2>
              <Paragraph>{t("training.classroom.intro")}</Paragraph>
              <ClassroomForm organisations={view.organisations} />
              <ClassroomList />
            </section>
          )}
          {(isTrainer || isLead) && view.organisations.length > 0 && (
            <section aria-labelledby="dashboard-refresher" className="iz-training-section">
              <Heading2 id="dashboard-refresher">{t("training.refresher.title")}</Heading2>
              <RefresherForm
                key={view.organisations.map((o) => o.id).join()}
                organisations={view.organisations}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
