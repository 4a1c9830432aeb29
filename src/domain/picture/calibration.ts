/**
 * The calibration set (content/calibration/vignettes.json): reviewed-style cases with the level
 * they must get, run against the real engine and the real catalogue (issue 13). This module only
 * parses a vignette and turns it into engine input. Pure: the clock is a fixed date.
 */
import { z } from "zod";
import { catalogId, localizedText, type Indicator, type Vulnerability } from "../catalog/schema.js";
import { indicatorFacts } from "./indicator-facts.js";
import type { PictureInput, PictureSignal } from "./types.js";

/** The fixed "today" of every vignette. */
export const CALIBRATION_NOW = "2026-06-15T12:00:00Z";

/** The professionals of the vignettes and the organisation each works for. */
export const CALIBRATION_PROFESSIONALS = {
  mentor: "coa",
  "mentor-2": "coa",
  "night-staff": "coa",
  guardian: "nidos",
  teacher: "school",
  "care-coordinator": "region",
  police: "police",
} as const;
type Professional = keyof typeof CALIBRATION_PROFESSIONALS;
const professional = z.enum(
  Object.keys(CALIBRATION_PROFESSIONALS) as [Professional, ...Professional[]],
);

const daysAgo = z.number().min(0).max(5000);

export const vignette = z
  .object({
    id: catalogId,
    story: localizedText,
    signals: z
      .array(
        z
          .object({
            indicator: catalogId,
            daysAgo,
            by: professional,
            source: z.enum(["own_observation", "youth_told", "third_party"]),
            retracted: z.boolean().optional(),
          })
          .strict(),
      )
      .default([]),
    vulnerabilities: z.array(catalogId).default([]),
    ageYears: z.number().min(10).max(19).optional(),
    missing: z
      .array(z.object({ startedDaysAgo: daysAgo, endedDaysAgo: daysAgo.nullable() }).strict())
      .default([]),
    judgements: z
      .array(
        z
          .object({ by: professional, kind: z.enum(["suspicion", "no_suspicion"]), daysAgo })
          .strict(),
      )
      .default([]),
    safetyAlert: z.object({ raisedDaysAgo: daysAgo, handled: z.boolean() }).strict().optional(),
    /** Not an input of the engine: fairness twins differ only here. */
    profile: z.record(z.string(), z.string()).optional(),
    twinOf: catalogId.optional(),
    expected: z.number().int().min(0).max(4),
    principle: z.string().min(1),
    reason: localizedText,
    source: z.string().min(1),
  })
  .strict();
export type Vignette = z.infer<typeof vignette>;

export const calibrationSet = z
  .object({
    setVersion: z.string().min(1),
    status: z.string().min(1),
    /** Empty until a domain expert has reviewed the set; then their name and the date. */
    reviewedBy: z.string().min(1).nullable(),
    reviewedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    vignettes: z.array(vignette).min(1),
  })
  .strict();
export type CalibrationSet = z.infer<typeof calibrationSet>;

/** What the conversion needs of the catalogue. */
export interface CalibrationCatalogue {
  indicator(id: string): Indicator | undefined;
  vulnerability(id: string): Vulnerability | undefined;
}

const before = (days: number) =>
  new Date(Date.parse(CALIBRATION_NOW) - days * 86_400_000).toISOString();

/** A vignette as engine input, with the catalogue's facts copied in as the service does. */
export function vignetteInput(v: Vignette, catalogue: CalibrationCatalogue): PictureInput {
  const signals: PictureSignal[] = v.signals.map((s, i) => {
    const ind = catalogue.indicator(s.indicator);
    if (!ind) throw new Error(`${v.id}: unknown indicator ${s.indicator}`);
    return {
      id: `${v.id}-s${i}`,
      ...indicatorFacts(ind),
      observerId: s.by,
      organisationId: CALIBRATION_PROFESSIONALS[s.by],
      source: s.source,
      observedAt: before(s.daysAgo).slice(0, 10),
      retracted: s.retracted ?? false,
    };
  });
  const factor = (factorId: string, derived: boolean) => {
    if (!catalogue.vulnerability(factorId)) throw new Error(`${v.id}: unknown factor ${factorId}`);
    return {
      factorId,
      derived,
      sameAsIndicators: catalogue.vulnerability(factorId)?.sameAsIndicators,
    };
  };
  const derived = [
    ...(v.ageYears !== undefined && v.ageYears >= 17.5 ? ["nearly-18"] : []),
    ...(v.missing.length > 0 ? ["missing-episodes"] : []),
    // A recorded orientation is a protected attribute: present so the test shows it never counts.
    ...(v.profile?.["orientation"] ? ["sexual-orientation"] : []),
  ];
  return {
    signals,
    vulnerabilities: [
      ...v.vulnerabilities.map((id) => factor(id, false)),
      ...derived.filter((id) => !v.vulnerabilities.includes(id)).map((id) => factor(id, true)),
    ],
    missingEpisodes: v.missing.map((m, i) => ({
      id: `${v.id}-m${i}`,
      startedAt: before(m.startedDaysAgo),
      endedAt: m.endedDaysAgo === null ? null : before(m.endedDaysAgo),
    })),
    judgements: v.judgements.map((j, i) => ({
      id: `${v.id}-j${i}`,
      authorId: j.by,
      kind: j.kind,
      recordedAt: before(j.daysAgo),
    })),
    safetyAlerts: v.safetyAlert
      ? [
          {
            id: `${v.id}-a`,
            raisedAt: before(v.safetyAlert.raisedDaysAgo),
            handledAt: v.safetyAlert.handled ? before(v.safetyAlert.raisedDaysAgo) : null,
          },
        ]
      : [],
    now: CALIBRATION_NOW,
  };
}
