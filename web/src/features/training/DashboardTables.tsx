/**
 * The dashboard's data tables: per organisation, per organisation type, per month (the chart's
 * alternative), per module, and the weakest questions. Each with a caption and header cells.
 */
import { useTranslation } from "react-i18next";
import type { DashboardView } from "../../../../src/shared/training-dashboard.schema";
import { Table } from "../../components/nlds";
import { formatCell, formatRate } from "./format";

type View = DashboardView;

function Head({ cols }: { cols: string[] }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {cols.map((c) => (
          <th key={c} scope="col" className="utrecht-table__header-cell">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

const td = "utrecht-table__cell";
const num = "utrecht-table__cell utrecht-table__cell--numeric";

/** Trained professionals per organisation. */
export function OrganisationTable({ view }: { view: View }) {
  const { t, i18n } = useTranslation();
  const f = (v: View["totals"]["classroom"]) => formatCell(v, i18n.language);
  return (
    <Table>
      <caption className="utrecht-table__caption">
        {t("training.dashboard.byOrganisation", { year: view.year })}
      </caption>
      <Head
        cols={[
          t("training.dashboard.organisation"),
          t("training.dashboard.type"),
          t("training.dashboard.classroom"),
          t("training.dashboard.elearning"),
          t("training.dashboard.programmeCompleted"),
          t("training.dashboard.total"),
          t("training.dashboard.refresherDue"),
        ]}
      />
      <tbody className="utrecht-table__body">
        {view.organisations.map((o) => (
          <tr key={o.id} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {o.name}
            </th>
            <td className={td}>{t(`training.orgType.${o.type}`, { defaultValue: o.type })}</td>
            <td className={num}>{f(o.classroom)}</td>
            <td className={num}>{f(o.elearning)}</td>
            <td className={num}>{f(o.programmeCompleted)}</td>
            <td className={num}>{f(o.total)}</td>
            <td className={num}>{f(o.refresherDue)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Per organisation type and per month. */
export function TypeAndMonthTables({ view }: { view: View }) {
  const { t, i18n } = useTranslation();
  const f = (v: View["totals"]["classroom"]) => formatCell(v, i18n.language);
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: "long", year: "numeric" });
  const figures = [
    t("training.dashboard.classroom"),
    t("training.dashboard.elearning"),
    t("training.dashboard.programmeCompleted"),
    t("training.dashboard.total"),
  ];
  return (
    <>
      <Table>
        <caption className="utrecht-table__caption">
          {t("training.dashboard.byType", { year: view.year })}
        </caption>
        <Head cols={[t("training.dashboard.type"), ...figures]} />
        <tbody className="utrecht-table__body">
          {view.organisationTypes.map((o) => (
            <tr key={o.type} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {t(`training.orgType.${o.type}`, { defaultValue: o.type })}
              </th>
              <td className={num}>{f(o.classroom)}</td>
              <td className={num}>{f(o.elearning)}</td>
              <td className={num}>{f(o.programmeCompleted)}</td>
              <td className={num}>{f(o.total)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Table id="training-months-table">
        <caption className="utrecht-table__caption">
          {t("training.dashboard.byMonth", { year: view.year })}
        </caption>
        <Head cols={[t("training.dashboard.month"), ...figures]} />
        <tbody className="utrecht-table__body">
          {view.months.map((m) => (
            <tr key={m.month} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {monthName.format(new Date(`${m.month}-15T00:00:00Z`))}
              </th>
              <td className={num}>{f(m.classroom)}</td>
              <td className={num}>{f(m.elearning)}</td>
              <td className={num}>{f(m.programmeCompleted)}</td>
              <td className={num}>{f(m.total)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

/** Completion per module and the weakest knowledge-check questions. */
export function ModuleTables({ view }: { view: View }) {
  const { t, i18n } = useTranslation();
  const f = (v: View["totals"]["classroom"]) => formatCell(v, i18n.language);
  return (
    <>
      <Table>
        <caption className="utrecht-table__caption">
          {t("training.dashboard.byModule", { year: view.year })}
        </caption>
        <Head
          cols={[
            t("training.dashboard.module"),
            t("training.dashboard.started"),
            t("training.dashboard.completed"),
            t("training.dashboard.completionRate"),
            t("training.dashboard.averageScore"),
          ]}
        />
        <tbody className="utrecht-table__body">
          {view.modules.map((m) => (
            <tr key={m.moduleId} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{`${m.order}. ${m.title}`}</th>
              <td className={num}>{f(m.started)}</td>
              <td className={num}>{f(m.completed)}</td>
              <td className={num}>{formatRate(m.completionRate)}</td>
              <td className={num}>{formatRate(m.averageBestScore)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {view.weakestQuestions.length === 0 ? (
        <p>{t("training.dashboard.noWeakest")}</p>
      ) : (
        <Table>
          <caption className="utrecht-table__caption">{t("training.dashboard.weakest")}</caption>
          <Head
            cols={[
              t("training.dashboard.question"),
              t("training.dashboard.module"),
              t("training.dashboard.answers"),
              t("training.dashboard.shareCorrect"),
            ]}
          />
          <tbody className="utrecht-table__body">
            {view.weakestQuestions.map((q) => (
              <tr key={`${q.moduleId}:${q.questionId}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {q.text}
                </th>
                <td className={td}>{q.moduleTitle}</td>
                <td className={num}>{f(q.answers)}</td>
                <td className={num}>{formatRate(q.correctRate)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
