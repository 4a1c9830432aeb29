/**
 * Turns completion and classroom rows into the dashboard's people figures: per organisation,
 * per organisation type and per month. Pure (no database); counts are raw here, suppression is
 * applied by the caller.
 *
 * Definitions (docs: a professional counts once, on one date):
 * - elearning: professionals who completed their first module in the period;
 * - programmeCompleted: professionals who completed the last of all modules in the period;
 * - classroom: participants of classroom trainings held in the period;
 * - total trained = classroom + programmeCompleted.
 */
import type {
  ClassroomFigureRow,
  CompletionRow,
} from "../../db/repositories/training-dashboard.repository.js";
import { refresherDueAt } from "../../domain/training/status.js";

export interface PeopleFigures {
  classroom: number;
  elearning: number;
  programmeCompleted: number;
  total: number;
}

interface Learner {
  organisationId: string;
  firstCompletedAt: string;
  modules: Set<string>;
  lastModuleAt: string;
  refresherDue: boolean;
}

export interface FigureInput {
  completions: readonly CompletionRow[];
  classroom: readonly ClassroomFigureRow[];
  moduleCount: number;
  refresherMonths: ReadonlyMap<string, number>;
  /** The period as YYYY (year) prefix, e.g. "2025". */
  year: number;
  now: Date;
}

export interface FigureOutput {
  byOrganisation: Map<string, PeopleFigures & { refresherDue: number }>;
  byMonth: Map<string, PeopleFigures>;
}

const empty = (): PeopleFigures => ({
  classroom: 0,
  elearning: 0,
  programmeCompleted: 0,
  total: 0,
});

function learners(input: FigureInput): Map<string, Learner> {
  const nowIso = input.now.toISOString();
  const byUser = new Map<string, Learner>();
  const sorted = [...input.completions].sort((a, b) =>
    a.completed_at.localeCompare(b.completed_at),
  );
  for (const c of sorted) {
    const l = byUser.get(c.user_id) ?? {
      organisationId: c.organisation_id,
      firstCompletedAt: c.completed_at,
      modules: new Set<string>(),
      lastModuleAt: c.completed_at,
      refresherDue: false,
    };
    l.modules.add(c.module_id);
    l.lastModuleAt = c.completed_at;
    const due = refresherDueAt(
      c.last_passed_at,
      input.refresherMonths.get(l.organisationId) ?? null,
    );
    if (due !== null && due <= nowIso) l.refresherDue = true;
    byUser.set(c.user_id, l);
  }
  return byUser;
}

/** Computes the people figures per organisation and per month (YYYY-MM) of the year. */
export function peopleFigures(input: FigureInput): FigureOutput {
  const year = String(input.year);
  const byOrganisation = new Map<string, PeopleFigures & { refresherDue: number }>();
  const byMonth = new Map<string, PeopleFigures>();
  for (let m = 1; m <= 12; m++) byMonth.set(`${year}-${String(m).padStart(2, "0")}`, empty());
  const org = (id: string) => {
    const existing = byOrganisation.get(id);
    if (existing) return existing;
    const created = { ...empty(), refresherDue: 0 };
    byOrganisation.set(id, created);
    return created;
  };
  const month = (iso: string) => byMonth.get(iso.slice(0, 7));

  for (const l of learners(input).values()) {
    const o = org(l.organisationId);
    if (l.refresherDue) o.refresherDue += 1;
    if (l.firstCompletedAt.startsWith(year)) {
      o.elearning += 1;
      const m = month(l.firstCompletedAt);
      if (m) m.elearning += 1;
    }
    if (l.modules.size >= input.moduleCount && l.lastModuleAt.startsWith(year)) {
      o.programmeCompleted += 1;
      const m = month(l.lastModuleAt);
      if (m) m.programmeCompleted += 1;
    }
  }
  for (const c of input.classroom) {
    org(c.organisation_id).classroom += c.participants;
    const m = month(c.held_on);
    if (m) m.classroom += c.participants;
  }
  for (const f of [...byOrganisation.values(), ...byMonth.values()]) {
    f.total = f.classroom + f.programmeCompleted;
  }
  return { byOrganisation, byMonth };
}
