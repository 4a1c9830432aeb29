/**
 * The export in the format of the Nationaal Rapporteur and CoMensha (issue 23). facts.md §4:
 * CoMensha registers presumed victims with the form of exploitation, country of origin, age and
 * gender, and gives the Rapporteur anonymised data only. The export counts the CoMensha
 * registrations sent through InZicht (reports of kind "comensha") in the statistics window, by
 * those four, through the same cube and suppression as every figure (cube.ts). Only aggregates.
 *
 * A registration's facts are also facts of the figure "reports per kind": the same report, in the
 * same place. So the export's cells over all forms, ages, genders and regions are cells that figure
 * already shows or hides. They are `fixed` to its status, and every report kind is in the export's
 * cube, so no export cell differs from a shown figure cell by a few youths.
 *
 * Our own design, not yet reviewed: the age bands, the merging of "other" and "unknown" gender,
 * the reading of the form (one specific form, else "other"). facts.md gives none of these.
 */
import { ageOn } from "../youth/age.js";
import type { PublishedCell, StatFact } from "./cube.js";
import { makePlacer, type StatSources } from "./facts.js";

export const EXPORT_DIMENSIONS = [
  "location",
  "kind",
  "form",
  "ageBand",
  "gender",
  "originRegion",
] as const;
export type ExportDimension = (typeof EXPORT_DIMENSIONS)[number];
/** The dimensions a published export cell has (the kind is always "comensha"). */
export type ExportCellDimension = Exclude<ExportDimension, "kind">;

/** facts.md §4: sexual, other labour, forced criminality, organ trade; "other" holds the rest. */
export const EXPORT_FORMS = ["sexual", "criminal", "labour", "other"] as const;
export type ExportForm = (typeof EXPORT_FORMS)[number];
/** Our own bands (facts.md gives only minor / adult, §4): the 18 boundary is CoMensha's. */
export const AGE_BANDS = ["under-12", "12-14", "15-17", "18-plus", "unknown"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** "other" and "unknown" together: a rare value alone would stand out. */
export const EXPORT_GENDERS = ["male", "female", "other-unknown"] as const;
export type ExportGender = (typeof EXPORT_GENDERS)[number];

/** What a CoMensha registration contributes, already coarsened by the service. */
export interface Registration {
  form: ExportForm;
  ageBand: AgeBand;
  gender: ExportGender;
  originRegion: string;
}

const SPECIFIC = new Set<string>(["sexual", "criminal", "labour"]);

/** One specific form on the report → that form; none (organ removal, unknown) or several → "other". */
export function exportForm(types: readonly string[]): ExportForm {
  const specific = [...new Set(types.filter((t) => SPECIFIC.has(t)))];
  return specific.length === 1 ? (specific[0] as ExportForm) : "other";
}

/** Age band on the day the report was sent. */
export function ageBand(dateOfBirth: string | null | undefined, on: string): AgeBand {
  if (!dateOfBirth || !/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) return "unknown";
  const age = ageOn(dateOfBirth, on.slice(0, 10));
  if (age < 12) return "under-12";
  if (age < 15) return "12-14";
  if (age < 18) return "15-17";
  return "18-plus";
}

export function exportGender(gender: string | null | undefined): ExportGender {
  return gender === "male" || gender === "female" ? gender : "other-unknown";
}

/**
 * One fact per sent report in the window, of every kind, placed exactly as "reports per kind"
 * places it. Only CoMensha registrations carry form, age, gender and region; other reports sit at
 * "*" there, so they count in the totals over all kinds only.
 */
export function buildExportFacts(src: StatSources): StatFact<ExportDimension>[] {
  const { orgAt, place } = makePlacer(src);
  const subjects = new Map<string, number>();
  const subject = (id: string) => {
    let n = subjects.get(id);
    if (n === undefined) subjects.set(id, (n = subjects.size));
    return n;
  };
  const out: StatFact<ExportDimension>[] = [];
  for (const r of src.reports) {
    if (r.sentAt < src.since || r.sentAt > src.now) continue;
    const reg = r.kind === "comensha" ? r.registration : undefined;
    out.push({
      subject: subject(r.youthId),
      value: 1,
      paths: {
        location: place(orgAt(r.youthId, r.sentAt)).location,
        kind: ["*", r.kind],
        form: reg ? ["*", reg.form] : ["*"],
        ageBand: reg ? ["*", reg.ageBand] : ["*"],
        gender: reg ? ["*", reg.gender] : ["*"],
        originRegion: reg ? ["*", reg.originRegion] : ["*"],
      },
    });
  }
  return out;
}

const DETAIL: readonly ExportCellDimension[] = ["form", "ageBand", "gender", "originRegion"];

/** Cells over all forms, ages, genders and regions: the ones "reports per kind" also has. */
export function isMarginal(coords: Record<ExportDimension, string>): boolean {
  return DETAIL.every((d) => coords[d] === "*");
}

/**
 * The `fixed` and `include` options of the export cube: a marginal cell takes the status of the
 * same cell of "reports per kind" (all organisation types, the whole window; over all kinds also
 * of "reports per consent", which holds the same reports); a detailed cell over
 * all kinds holds only CoMensha registrations, a copy of the CoMensha cell, so it is left out.
 */
export function exportCubeOptions(
  reportsByKind: readonly PublishedCell[],
  reportsByConsent: readonly PublishedCell[],
) {
  const shown = new Map<string, boolean>();
  for (const c of reportsByKind)
    if (c.coords.orgType === "*" && c.coords.period === "*")
      shown.set(`${c.coords.location}|${c.coords.breakdown}`, !c.suppressed);
  // "Reports per consent" over all signers holds the same reports as the total over all kinds.
  for (const c of reportsByConsent)
    if (c.coords.orgType === "*" && c.coords.period === "*" && c.coords.breakdown === "*") {
      const key = `${c.coords.location}|*`;
      shown.set(key, shown.get(key) === true || !c.suppressed);
    }
  return {
    fixed: (coords: Record<ExportDimension, string>) =>
      isMarginal(coords) ? (shown.get(`${coords.location}|${coords.kind}`) ?? false) : undefined,
    include: (coords: Record<ExportDimension, string>) => coords.kind !== "*" || isMarginal(coords),
  };
}

/** The published cells of the export: CoMensha registrations only, without the kind. */
export function exportCells(
  cube: readonly PublishedCell<ExportDimension>[],
): PublishedCell<ExportCellDimension>[] {
  return cube
    .filter((c) => c.coords.kind === "*/comensha")
    .map((c) => {
      const { kind: _kind, ...coords } = c.coords;
      return { ...c, coords };
    });
}
