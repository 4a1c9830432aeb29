/**
 * The dashboard as CSV (semicolon-separated, as Dutch spreadsheet software expects), one section
 * per table. Cells that a spreadsheet would run as a formula are neutralised. Pure.
 */
import type { DashboardView } from "../../shared/training-dashboard.schema.js";
import type { TrainingLang } from "../../shared/training.schema.js";

const HEAD = {
  nl: {
    organisations: [
      "Organisatie",
      "Type",
      "Klassikaal",
      "Eerste module afgerond",
      "Hele programma afgerond",
      "Totaal getraind",
      "Opfrissen nodig",
      "Opfrisinterval (maanden)",
    ],
    types: [
      "Type organisatie",
      "Klassikaal",
      "Eerste module afgerond",
      "Hele programma afgerond",
      "Totaal getraind",
    ],
    months: [
      "Maand",
      "Klassikaal",
      "Eerste module afgerond",
      "Hele programma afgerond",
      "Totaal getraind",
    ],
    modules: ["Module", "Gestart", "Afgerond", "Percentage afgerond", "Gemiddelde beste score"],
    questions: ["Module", "Vraag", "Antwoorden", "Percentage goed"],
    year: "Jaar",
  },
  en: {
    organisations: [
      "Organisation",
      "Type",
      "Classroom",
      "First module completed",
      "Whole programme completed",
      "Total trained",
      "Refresher due",
      "Refresher interval (months)",
    ],
    types: [
      "Organisation type",
      "Classroom",
      "First module completed",
      "Whole programme completed",
      "Total trained",
    ],
    months: [
      "Month",
      "Classroom",
      "First module completed",
      "Whole programme completed",
      "Total trained",
    ],
    modules: ["Module", "Started", "Completed", "Completion rate", "Average best score"],
    questions: ["Module", "Question", "Answers", "Share correct"],
    year: "Year",
  },
} as const;

type Value = string | number | null;

/** Quotes a cell when needed and defuses formula triggers (= + - @ tab CR). */
export function csvCell(value: Value): string {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const pct = (v: number | null): Value => (v === null ? null : Math.round(v * 100));
const line = (values: readonly Value[]): string => values.map(csvCell).join(";");

/** Renders the dashboard as CSV text (with a BOM so spreadsheets read UTF-8). */
export function dashboardCsv(view: DashboardView, lang: TrainingLang): string {
  const h = HEAD[lang];
  const lines: string[] = [line([h.year, view.year]), ""];
  lines.push(line(h.organisations));
  for (const o of view.organisations) {
    lines.push(
      line([
        o.name,
        o.type,
        o.classroom,
        o.elearning,
        o.programmeCompleted,
        o.total,
        o.refresherDue,
        o.refresherMonths,
      ]),
    );
  }
  lines.push("", line(h.types));
  for (const t of view.organisationTypes) {
    lines.push(line([t.type, t.classroom, t.elearning, t.programmeCompleted, t.total]));
  }
  lines.push("", line(h.months));
  for (const m of view.months) {
    lines.push(line([m.month, m.classroom, m.elearning, m.programmeCompleted, m.total]));
  }
  lines.push("", line(h.modules));
  for (const m of view.modules) {
    lines.push(
      line([m.title, m.started, m.completed, pct(m.completionRate), pct(m.averageBestScore)]),
    );
  }
  lines.push("", line(h.questions));
  for (const q of view.weakestQuestions) {
    lines.push(line([q.moduleTitle, q.text, q.answers, pct(q.correctRate)]));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
