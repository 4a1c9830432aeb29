/**
 * Property tests (fast-check) for the invariants of the picture: deterministic, independent of
 * order, monotone in signals, retraction = never recorded, protected attributes never matter,
 * and every level is explained by reasons that cite real, active signals.
 */
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { EXPLOITATION_TYPES, ILO_ELEMENTS, SPECIFIC_TYPES, TIERS } from "../catalog/schema.js";
import { evaluatePicture } from "./evaluate.js";
import { DEFAULT_RULES, RULES_V1 } from "./default-rules.js";
import { daysBefore, IND, NOW, timeBefore } from "./testkit.js";
import type {
  PictureInput,
  PictureJudgement,
  PictureMissingEpisode,
  PictureSafetyAlert,
  PictureSignal,
  PictureVulnerability,
} from "./types.js";

const RUNS = { numRuns: Number(process.env["PICTURE_RUNS"] ?? 300) };

const arbNow = fc.constantFrom(NOW, "2024-02-29T23:30:00+01:00", "2025-01-01T00:00:00Z");
const arbDays = fc.integer({ min: -3, max: 450 });
const rarely = (oneIn: number) => fc.integer({ min: 1, max: oneIn }).map((n) => n === 1);

type SignalFields = Omit<PictureSignal, "id" | "observedAt" | "retracted">;

const who = {
  observerId: fc.constantFrom("mentor-1", "mentor-2", "guardian-1", "teacher-1", "coordinator-1"),
  organisationId: fc.constantFrom("coa", "nidos", "isk"),
  source: fc.constantFrom(
    "own_observation" as const,
    "youth_told" as const,
    "third_party" as const,
  ),
};

/** Signals of indicators from an example catalogue (consistent per indicator). */
const catalogueFields: fc.Arbitrary<SignalFields> = fc
  .record({
    indicator: fc.constantFrom(...Object.values(IND)),
    ...who,
  })
  .map(({ indicator, ...rest }) => ({ ...indicator, types: [...indicator.types], ...rest }));

/** Signals with any combination of attributes, even inconsistent per indicator. */
const randomFields: fc.Arbitrary<SignalFields> = fc.record({
  indicatorId: fc.constantFrom("x.a", "x.b", "x.c", "x.d", "x.e", "x.f"),
  category: fc.constantFrom(
    "flight-story",
    "problem-behaviour",
    "social",
    "physical",
    "other",
    "criminal",
  ),
  types: fc.subarray([...EXPLOITATION_TYPES], { minLength: 1 }),
  tier: fc.constantFrom(...TIERS),
  acute: rarely(8),
  control: rarely(3),
  iloElement: fc.option(fc.constantFrom(...ILO_ELEMENTS), { nil: undefined, freq: 2 }),
  describesExploitation: rarely(4),
  ...who,
});

const arbSignal = (now: string, id: string): fc.Arbitrary<PictureSignal> =>
  fc
    .record({
      fields: fc.oneof(catalogueFields, randomFields),
      days: arbDays,
      retracted: rarely(5),
    })
    .map(({ fields, days, retracted }) => ({
      id,
      ...fields,
      observedAt: daysBefore(days, now),
      retracted,
    }));

/** Factors as the catalogue gives them, some the same fact as an indicator (counted once, v2). */
const FACTORS: readonly Pick<PictureVulnerability, "factorId" | "sameAsIndicators">[] = [
  { factorId: "nearly-18" },
  { factorId: "many-moves" },
  { factorId: "reception-situation" },
  { factorId: "trauma-violence" },
  { factorId: "no-school", sameAsIndicators: ["behav.school-absence", "x.a"] },
  { factorId: "smuggling-debts", sameAsIndicators: ["flight.debt-to-smuggler", "x.b"] },
  { factorId: "missing-episodes", sameAsIndicators: ["behav.goes-missing", "x.c"] },
];

const arbVulnerability: fc.Arbitrary<PictureVulnerability> = fc
  .record({
    factor: fc.constantFrom(...FACTORS),
    derived: fc.boolean(),
  })
  .map(({ factor, derived }) => ({ ...factor, derived }));

const arbInput: fc.Arbitrary<PictureInput> = arbNow.chain((now) =>
  fc.record({
    signals: fc
      .integer({ min: 0, max: 12 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbSignal(now, `s${i}`)))),
    vulnerabilities: fc.array(arbVulnerability, { maxLength: 5 }),
    missingEpisodes: fc
      .array(
        fc.record({
          start: arbDays,
          length: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 4 }),
        }),
        { maxLength: 2 },
      )
      .map((eps) =>
        eps.map(({ start, length }, i): PictureMissingEpisode => ({
          id: `m${i}`,
          startedAt: timeBefore(start, now),
          endedAt: length === null ? null : timeBefore(Math.max(start - length, -3), now),
        })),
      ),
    judgements: fc
      .array(
        fc.record({
          author: who.observerId,
          kind: fc.constantFrom("suspicion" as const, "no_suspicion" as const),
          days: arbDays,
        }),
        { maxLength: 3 },
      )
      .map((js) =>
        js.map(({ author, kind, days }, i): PictureJudgement => ({
          id: `j${i}`,
          authorId: author,
          kind,
          recordedAt: timeBefore(days, now),
        })),
      ),
    safetyAlerts: fc.array(rarely(4), { maxLength: 2 }).map((open) =>
      open.map((isOpen, i): PictureSafetyAlert => ({
        id: `a${i}`,
        raisedAt: now,
        handledAt: isOpen ? null : now,
      })),
    ),
    now: fc.constant(now),
  }),
);

const shuffled = <T>(items: readonly T[]) =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

for (const [NAME, RULES] of [
  ["v2", DEFAULT_RULES],
  ["v1", RULES_V1],
] as const) {
  describe(`${NAME}: the picture: invariants`, () => {
    it("is deterministic: the same input always gives the same picture", () => {
      fc.assert(
        fc.property(arbInput, (given) => {
          expect(evaluatePicture(structuredClone(given), RULES)).toEqual(
            evaluatePicture(given, RULES),
          );
        }),
        RUNS,
      );
    });

    it("does not depend on the order of signals, vulnerabilities, episodes, judgements, alerts or rules", () => {
      const arb = arbInput.chain((given) =>
        fc.record({
          given: fc.constant(given),
          reordered: fc.record({
            signals: shuffled(given.signals),
            vulnerabilities: shuffled(given.vulnerabilities),
            missingEpisodes: shuffled(given.missingEpisodes),
            judgements: shuffled(given.judgements),
            safetyAlerts: shuffled(given.safetyAlerts),
            now: fc.constant(given.now),
          }),
          rules: shuffled(RULES.rules),
        }),
      );
      fc.assert(
        fc.property(arb, ({ given, reordered, rules }) => {
          const expected = evaluatePicture(given, RULES);
          expect(evaluatePicture(reordered, RULES)).toEqual(expected);
          expect(evaluatePicture(reordered, { ...RULES, rules })).toEqual(expected);
        }),
        RUNS,
      );
    });

    it("adding a signal never lowers the level, overall or per type", () => {
      const arb = arbInput.chain((given) =>
        fc.record({ given: fc.constant(given), extra: arbSignal(given.now, "extra") }),
      );
      fc.assert(
        fc.property(arb, ({ given, extra }) => {
          const before = evaluatePicture(given, RULES);
          const after = evaluatePicture({ ...given, signals: [...given.signals, extra] }, RULES);
          expect(after.level).toBeGreaterThanOrEqual(before.level);
          for (const type of SPECIFIC_TYPES) {
            expect(after.byType[type].level).toBeGreaterThanOrEqual(before.byType[type].level);
            if (before.byType[type].positive) expect(after.byType[type].positive).toBe(true);
          }
        }),
        RUNS,
      );
    });

    it("adding a vulnerability or a missing episode never lowers the level", () => {
      const arb = arbInput.chain((given) =>
        fc.record({
          given: fc.constant(given),
          vulnerability: arbVulnerability,
          ongoing: fc.boolean(),
        }),
      );
      fc.assert(
        fc.property(arb, ({ given, vulnerability, ongoing }) => {
          const before = evaluatePicture(given, RULES).level;
          const episode = {
            id: "extra",
            startedAt: given.now,
            endedAt: ongoing ? null : given.now,
          };
          const withVulnerability = {
            ...given,
            vulnerabilities: [...given.vulnerabilities, vulnerability],
          };
          const withEpisode = { ...given, missingEpisodes: [...given.missingEpisodes, episode] };
          expect(evaluatePicture(withVulnerability, RULES).level).toBeGreaterThanOrEqual(before);
          expect(evaluatePicture(withEpisode, RULES).level).toBeGreaterThanOrEqual(before);
        }),
        RUNS,
      );
    });

    it("a signal older than the long window never changes the level", () => {
      const arb = arbInput.chain((given) =>
        fc.record({
          given: fc.constant(given),
          extra: arbSignal(given.now, "old"),
          days: fc.integer({ min: 366, max: 2000 }),
        }),
      );
      fc.assert(
        fc.property(arb, ({ given, extra, days }) => {
          const old = { ...extra, observedAt: daysBefore(days, given.now) };
          const after = evaluatePicture({ ...given, signals: [...given.signals, old] }, RULES);
          expect(after.level).toBe(evaluatePicture(given, RULES).level);
        }),
        RUNS,
      );
    });

    it("problem behaviour alone, seen by one professional, never reaches suspicion", () => {
      const behaviour = Object.values(IND).filter((i) => i.category === "problem-behaviour");
      const arb = fc.array(
        fc.record({
          indicator: fc.constantFrom(...behaviour),
          days: fc.integer({ min: 0, max: 400 }),
        }),
        { maxLength: 15 },
      );
      fc.assert(
        fc.property(arb, (items) => {
          const signals = items.map(({ indicator, days }, i) => ({
            id: `b${i}`,
            ...indicator,
            types: [...indicator.types],
            observerId: "mentor-1",
            organisationId: "coa",
            source: "own_observation" as const,
            observedAt: daysBefore(days),
            retracted: false,
          }));
          const picture = evaluatePicture(
            {
              signals,
              vulnerabilities: [],
              missingEpisodes: [],
              judgements: [],
              safetyAlerts: [],
              now: NOW,
            },
            RULES,
          );
          expect(picture.level).toBeLessThanOrEqual(2);
        }),
        RUNS,
      );
    });

    it("retracting signals gives exactly the picture as if they were never recorded", () => {
      const arb = arbInput.chain((given) =>
        fc.record({
          given: fc.constant(given),
          retract: fc.subarray(given.signals.map((s) => s.id)),
        }),
      );
      fc.assert(
        fc.property(arb, ({ given, retract }) => {
          const retracted = given.signals.map((s) =>
            retract.includes(s.id) ? { ...s, retracted: true } : s,
          );
          const neverRecorded = given.signals.filter((s) => !retract.includes(s.id));
          expect(evaluatePicture({ ...given, signals: retracted }, RULES)).toEqual(
            evaluatePicture({ ...given, signals: neverRecorded }, RULES),
          );
        }),
        RUNS,
      );
    });
  });

  /** Attributes that must never raise or lower a level. */
  type Protected =
    | "nationality"
    | "countryOfOrigin"
    | "ethnicity"
    | "religion"
    | "gender"
    | "sex"
    | "sexualOrientation"
    | "orientation"
    | "language"
    | "languages"
    | "dateOfBirth"
    | "birthDate"
    | "age";

  const arbProtected = fc.record({
    nationality: fc.constantFrom("SY", "ER", "AF", "MA", "NL"),
    countryOfOrigin: fc.constantFrom("Syria", "Eritrea", "Afghanistan"),
    ethnicity: fc.string(),
    religion: fc.constantFrom("none", "muslim", "christian"),
    gender: fc.constantFrom("male", "female", "x"),
    sexualOrientation: fc.constantFrom("gay", "straight", "unknown"),
    languages: fc.subarray(["ar", "ti", "prs", "so", "ps", "fr", "tr", "en", "nl"]),
    dateOfBirth: fc.integer({ min: 4000, max: 7000 }).map((d) => daysBefore(d)),
    age: fc.integer({ min: 10, max: 17 }),
  });

  describe(`${NAME}: the picture: protected attributes are not even inputs`, () => {
    it("has no field for nationality, gender, languages, date of birth or the like", () => {
      expectTypeOf<Extract<keyof PictureInput, Protected>>().toEqualTypeOf<never>();
      expectTypeOf<Extract<keyof PictureSignal, Protected>>().toEqualTypeOf<never>();
      expectTypeOf<Extract<keyof PictureVulnerability, Protected>>().toEqualTypeOf<never>();
      expectTypeOf<Extract<keyof PictureMissingEpisode, Protected>>().toEqualTypeOf<never>();
      expectTypeOf<Extract<keyof PictureJudgement, Protected>>().toEqualTypeOf<never>();
      expectTypeOf<Extract<keyof PictureSafetyAlert, Protected>>().toEqualTypeOf<never>();
      // The complete list of input fields: the compiler rejects this object if a field is added.
      const inputFields: Record<keyof PictureInput, true> = {
        signals: true,
        vulnerabilities: true,
        missingEpisodes: true,
        judgements: true,
        safetyAlerts: true,
        now: true,
      };
      expect(Object.keys(inputFields).sort()).toEqual([
        "judgements",
        "missingEpisodes",
        "now",
        "safetyAlerts",
        "signals",
        "vulnerabilities",
      ]);
    });

    it("protected attributes attached to the input, its signals or vulnerabilities, or recorded as orientation, change nothing", () => {
      const arb = fc.record({ given: arbInput, a: arbProtected, b: arbProtected });
      fc.assert(
        fc.property(arb, ({ given, a, b }) => {
          const attach = (extra: object): PictureInput => ({
            ...given,
            ...extra,
            signals: given.signals.map((s) => ({ ...s, ...extra })),
            vulnerabilities: given.vulnerabilities.map((v) => ({ ...v, ...extra })),
          });
          const plain = evaluatePicture(given, RULES);
          expect(evaluatePicture(attach(a), RULES)).toEqual(plain);
          expect(evaluatePicture(attach(b), RULES)).toEqual(plain);
          // Orientation is in the seed's list of vulnerabilities, but never counts (principle 3).
          const orientation = { factorId: "sexual-orientation", derived: false };
          const withOrientation = {
            ...given,
            vulnerabilities: [...given.vulnerabilities, orientation],
          };
          expect(evaluatePicture(withOrientation, RULES)).toEqual(plain);
        }),
        RUNS,
      );
    });
  });

  describe(`${NAME}: the picture: every level is explained`, () => {
    it("every level ≥ 1 has a reason at that level, and no reason is above it", () => {
      fc.assert(
        fc.property(arbInput, (given) => {
          const picture = evaluatePicture(given, RULES);
          if (picture.level >= 1)
            expect(picture.reasons.some((r) => r.level === picture.level)).toBe(true);
          expect(picture.reasons.every((r) => r.level <= picture.level)).toBe(true);
        }),
        RUNS,
      );
    });

    it("every reason cites only active input signals and real evidence", () => {
      fc.assert(
        fc.property(arbInput, (given) => {
          const picture = evaluatePicture(given, RULES);
          const active = new Set(given.signals.filter((s) => !s.retracted).map((s) => s.id));
          const real = {
            signal: active,
            missing: new Set(given.missingEpisodes.map((e) => e.id)),
            judgement: new Set(given.judgements.map((j) => j.id)),
            vulnerability: new Set(given.vulnerabilities.map((v) => v.factorId)),
            safety: new Set(given.safetyAlerts.map((a) => a.id)),
          };
          for (const reason of picture.reasons) {
            expect(reason.rule).not.toBe("");
            expect(reason.text.nl).not.toBe("");
            expect(reason.text.en).not.toBe("");
            for (const id of reason.signalIds) expect(active.has(id)).toBe(true);
            for (const e of reason.evidence) expect(real[e.kind].has(e.id)).toBe(true);
          }
          for (const type of SPECIFIC_TYPES) {
            for (const id of picture.byType[type].signalIds) expect(active.has(id)).toBe(true);
          }
        }),
        RUNS,
      );
    });

    it("label, step and counts follow the level and the active signals; reasons are sorted", () => {
      fc.assert(
        fc.property(arbInput, (given) => {
          const picture = evaluatePicture(given, RULES);
          const expected = evaluatePicture({ ...given, signals: [] }, RULES);
          expect(picture.counts.signals).toBe(given.signals.filter((s) => !s.retracted).length);
          expect(picture.rulesVersion).toBe(RULES.version);
          expect(expected.counts.signals).toBe(0);
          const levels = picture.reasons.map((r) => r.level);
          expect(levels).toEqual([...levels].sort((x, y) => y - x));
          const again = evaluatePicture({ ...given, signals: [...given.signals].reverse() }, RULES);
          expect(again.label).toEqual(picture.label);
          expect(again.suggestedStep).toEqual(picture.suggestedStep);
        }),
        RUNS,
      );
    });
  });
}
