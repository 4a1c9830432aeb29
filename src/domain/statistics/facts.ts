/**
 * From the records to the facts of each figure (issue 23). Pure: the service reads the rows and
 * passes them in; nothing here keeps an id. A youth or professional becomes a small number that
 * lives only during one computation (`subject`), so the cube can count distinct people without
 * any identifier reaching the statistics table.
 */
import type { StatFact } from "./cube.js";
import type { Registration } from "./export.js";
import {
  eventPeriod,
  FIGURES,
  type FigureId,
  missingBand,
  quarterEnd,
  quartersBetween,
} from "./figures.js";

export interface StatSources {
  /** Facts dated before this (ISO) are left out: the figures cover a bounded window. */
  since: string;
  now: string;
  organisations: { id: string; type: string; region: string | null }[];
  locations: {
    youthId: string;
    organisationId: string;
    startedAt: string;
    endedAt: string | null;
  }[];
  /** Signals not retracted, each with the catalogue categories of its indicators. */
  signals: { youthId: string; observedAt: string; categories: string[] }[];
  pictures: { youthId: string; level: number; computedAt: string }[];
  reports: {
    youthId: string;
    kind: string;
    consentSigner: string | null;
    sentAt: string;
    /** CoMensha registrations only: what the export counts, already coarsened (export.ts). */
    registration?: Registration;
  }[];
  missing: {
    youthId: string;
    startedAt: string;
    endedAt: string | null;
    conversationAt: string | null;
  }[];
  /** Completed consult steps with the party consulted. */
  consults: { youthId: string; party: string; completedAt: string }[];
  completions: { userId: string; organisationId: string; moduleId: string; completedAt: string }[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A region as a node: lower case, letters and digits, dashes between ("Gelderland Midden" → "gelderland-midden"). */
export function regionNode(region: string | null): string {
  const slug = (region ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return slug === "" ? "none" : slug;
}

type Org = StatSources["organisations"][number];

/**
 * Where a youth was: the organisation on a date and its location and organisation-type paths.
 * Shared by the figures and the export (export.ts), so both put a fact in the same place.
 */
export function makePlacer(src: Pick<StatSources, "organisations" | "locations">) {
  const orgs = new Map(src.organisations.map((o) => [o.id, o]));
  const byYouth = new Map<string, StatSources["locations"]>();
  for (const l of src.locations) {
    const list = byYouth.get(l.youthId) ?? [];
    list.push(l);
    byYouth.set(l.youthId, list);
  }
  for (const list of byYouth.values()) list.sort((a, b) => a.startedAt.localeCompare(b.startedAt));

  /** The organisation a youth was at on `at`: the stay holding it, else the nearest earlier one. */
  const orgAt = (youthId: string, at: string) => {
    const stays = byYouth.get(youthId);
    if (!stays || stays.length === 0) return undefined;
    let found = stays[0];
    for (const s of stays) if (s.startedAt <= at) found = s;
    if (!found) return undefined;
    return orgs.get(found.organisationId);
  };
  const place = (org: Org | undefined) => ({
    location: ["*", regionNode(org?.region ?? null), org?.id ?? "none"],
    orgType: ["*", org?.type ?? "none"],
  });
  return { byYouth, orgs, orgAt, place };
}

export function buildFacts(src: StatSources): Record<FigureId, StatFact[]> {
  const subjects = new Map<string, number>();
  const subject = (id: string) => {
    let n = subjects.get(id);
    if (n === undefined) subjects.set(id, (n = subjects.size));
    return n;
  };
  const { byYouth, orgs, orgAt, place } = makePlacer(src);
  const youthFact = (
    youthId: string,
    at: string,
    breakdown: string,
    measure?: number,
  ): StatFact => ({
    subject: subject(`y:${youthId}`),
    value: 1,
    ...(measure === undefined ? {} : { measure }),
    paths: { ...place(orgAt(youthId, at)), period: eventPeriod(at), breakdown: ["*", breakdown] },
  });
  const inWindow = (at: string) => at >= src.since && at <= src.now;

  const out = Object.fromEntries(
    Object.keys(FIGURES).map((id) => [id, [] as StatFact[]]),
  ) as Record<FigureId, StatFact[]>;

  const firstSignal = new Map<string, string>();
  for (const s of src.signals) {
    const prev = firstSignal.get(s.youthId);
    if (!prev || s.observedAt < prev) firstSignal.set(s.youthId, s.observedAt);
    if (!inWindow(s.observedAt)) continue;
    for (const c of new Set(s.categories))
      out["signals-by-category"].push(youthFact(s.youthId, s.observedAt, c));
  }

  // Levels: the picture history per youth, in time order.
  const history = new Map<string, { level: number; at: string }[]>();
  for (const p of src.pictures) {
    const list = history.get(p.youthId) ?? [];
    list.push({ level: p.level, at: p.computedAt });
    history.set(p.youthId, list);
  }
  for (const [youthId, list] of history) {
    list.sort((a, b) => a.at.localeCompare(b.at));
    let prev = 0;
    for (const h of list) {
      if (h.level !== prev && inWindow(h.at))
        out["level-changes"].push(youthFact(youthId, h.at, h.level > prev ? "up" : "down"));
      prev = h.level;
    }
  }
  // Youths by level at each quarter's end: every youth with a stay that holds that instant.
  for (const quarter of quartersBetween(src.since, src.now)) {
    const end = quarterEnd(quarter) < src.now ? quarterEnd(quarter) : src.now;
    for (const [youthId, stays] of byYouth) {
      const stay = stays.find((s) => s.startedAt <= end && (s.endedAt === null || s.endedAt > end));
      if (!stay) continue;
      let level = 0;
      for (const h of history.get(youthId) ?? []) if (h.at <= end) level = h.level;
      out["youths-by-level"].push({
        subject: subject(`y:${youthId}`),
        value: 1,
        paths: {
          ...place(orgs.get(stay.organisationId)),
          period: [quarter],
          breakdown: ["*", String(level)],
        },
      });
    }
  }

  const firstReport = new Map<string, string>();
  for (const r of src.reports) {
    const prev = firstReport.get(r.youthId);
    if (!prev || r.sentAt < prev) firstReport.set(r.youthId, r.sentAt);
    if (!inWindow(r.sentAt)) continue;
    out["reports-by-kind"].push(youthFact(r.youthId, r.sentAt, r.kind));
    out["reports-by-consent"].push(youthFact(r.youthId, r.sentAt, r.consentSigner ?? "none"));
  }

  for (const m of src.missing) {
    if (!inWindow(m.startedAt)) continue;
    const hours = m.endedAt ? (Date.parse(m.endedAt) - Date.parse(m.startedAt)) / HOUR : null;
    out["missing-by-duration"].push(
      youthFact(m.youthId, m.startedAt, missingBand(hours), hours === null ? undefined : hours),
    );
    if (m.endedAt && inWindow(m.endedAt))
      out["missing-return-conversation"].push(
        youthFact(
          m.youthId,
          m.endedAt,
          m.conversationAt ? "with-conversation" : "without-conversation",
        ),
      );
  }

  // Time from a youth's first signal to the first circle discussion, care coordinator and report.
  const firstConsult = new Map<string, string>();
  for (const c of src.consults) {
    const milestone =
      c.party === "care_team"
        ? "circle-discussion"
        : c.party === "care_coordinator"
          ? "care-coordinator"
          : null;
    if (!milestone) continue;
    const key = `${c.youthId}\u001f${milestone}`;
    const prev = firstConsult.get(key);
    if (!prev || c.completedAt < prev) firstConsult.set(key, c.completedAt);
  }
  const milestones: [string, string, string][] = [
    ...[...firstConsult].map(([k, at]): [string, string, string] => {
      const [youthId, milestone] = k.split("\u001f") as [string, string];
      return [youthId, milestone, at];
    }),
    ...[...firstReport].map(([youthId, at]): [string, string, string] => [youthId, "report", at]),
  ];
  for (const [youthId, milestone, at] of milestones) {
    const first = firstSignal.get(youthId);
    if (!first || at < first || !inWindow(at)) continue;
    const days = Math.round(((Date.parse(at) - Date.parse(first)) / DAY) * 10) / 10;
    out["time-to-step"].push(youthFact(youthId, at, milestone, days));
  }

  for (const c of src.completions) {
    if (!inWindow(c.completedAt)) continue;
    out["trained-professionals"].push({
      subject: subject(`p:${c.userId}`),
      value: 1,
      paths: {
        ...place(orgs.get(c.organisationId)),
        period: eventPeriod(c.completedAt),
        breakdown: ["*", c.moduleId],
      },
    });
  }
  return out;
}
