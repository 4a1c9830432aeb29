import { describe, expect, it } from "vitest";
import {
  RECORD_TYPES,
  RETENTION_RULES,
  defaultRetentionTerms,
  dossierExpiry,
  type DossierState,
} from "./rules.js";

const now = new Date("2030-06-15T12:00:00Z");
const terms = defaultRetentionTerms();
const closed = (closedAt: string, extra: Partial<DossierState> = {}): DossierState => ({
  status: "closed",
  closedAt,
  dateOfBirth: "2010-01-01",
  keep: [],
  ...extra,
});

describe("retention rules", () => {
  it("has exactly one rule per record type, each default inside its own bounds and with a source", () => {
    expect(RETENTION_RULES.map((r) => r.recordType).sort()).toEqual([...RECORD_TYPES].sort());
    for (const r of RETENTION_RULES) {
      expect(r.defaultDays).toBeGreaterThanOrEqual(r.minDays);
      expect(r.defaultDays).toBeLessThanOrEqual(r.maxDays);
      expect(r.source.length).toBeGreaterThan(10);
    }
    expect(new Set(RETENTION_RULES.map((r) => r.ruleId)).size).toBe(RETENTION_RULES.length);
  });

  it.each<[string, DossierState, string | null]>([
    [
      "closed 5 years and a day ago: removed",
      closed("2025-06-14T00:00:00Z"),
      "dossier.after-closing",
    ],
    ["closed 4 years ago: kept", closed("2026-06-15T00:00:00Z"), null],
    [
      "left care 6 years ago: removed",
      closed("2024-01-01T00:00:00Z", { status: "left_care" }),
      "dossier.after-closing",
    ],
    [
      "still present, closed date stale: kept",
      closed("2020-01-01T00:00:00Z", { status: "present" }),
      null,
    ],
    [
      "closed long ago but on legal hold: kept",
      closed("2020-01-01T00:00:00Z", { keep: ["legal_hold"] }),
      null,
    ],
    [
      "closed long ago, an open missing episode: kept",
      closed("2020-01-01T00:00:00Z", { keep: ["open_missing_episode"] }),
      null,
    ],
    [
      "closed long ago, an open report: kept",
      closed("2020-01-01T00:00:00Z", { keep: ["open_report"] }),
      null,
    ],
    [
      "present and turned 23 today: removed at the maximum age",
      { status: "present", closedAt: null, dateOfBirth: "2007-06-15", keep: [] },
      "dossier.max-age",
    ],
    [
      "present and 22: kept",
      { status: "present", closedAt: null, dateOfBirth: "2007-06-16", keep: [] },
      null,
    ],
    [
      "23 but on legal hold: kept",
      { status: "present", closedAt: null, dateOfBirth: "2000-01-01", keep: ["legal_hold"] },
      null,
    ],
  ])("a dossier %s", (_name, state, rule) => {
    expect(dossierExpiry(terms, state, now)?.ruleId ?? null).toBe(rule);
  });

  it("a shorter configured term removes a dossier the default keeps", () => {
    const state = closed("2029-01-01T00:00:00Z");
    expect(dossierExpiry(terms, state, now)).toBeNull();
    const short = { ...terms, days: { ...terms.days, dossier: 365 } };
    expect(dossierExpiry(short, state, now)?.ruleId).toBe("dossier.after-closing");
  });
});
