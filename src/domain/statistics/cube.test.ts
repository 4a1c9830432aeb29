import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publishCube, STAT_DIMENSIONS, type PublishedCell, type StatFact } from "./cube.js";

const T = 10;

function must<V>(v: V | undefined, what = "value"): V {
  if (v === undefined) throw new Error(`missing ${what}`);
  return v;
}
const at = <V>(xs: readonly V[], i: number): V => must(xs[i], `item ${i}`);

// The world a generated population lives in; the attacker knows every node of it.
const LOCATIONS = [
  ["*", "oost", "zutphen"],
  ["*", "oost", "arnhem"],
  ["*", "noord", "groningen"],
  ["*", "west", "amsterdam"],
];
const ORG_TYPES = [
  ["*", "coa"],
  ["*", "school"],
];
const PERIODS = [
  ["*", "2026-Q3", "2026-08"],
  ["*", "2026-Q3", "2026-09"],
  ["*", "2026-Q4", "2026-10"],
];
const BREAKDOWNS = [
  ["*", "sexual"],
  ["*", "criminal"],
  ["*", "labour"],
  ["*", "general"],
];

// Skewed: most facts fall in a few cells, so totals and their parts are often close — the
// populations where a difference of two published cells could pin down one youth.
const skewed = <T>(values: readonly T[]) =>
  fc.oneof(
    { arbitrary: fc.constant(at(values, 0)), weight: 6 },
    ...values.slice(1).map((v) => ({ arbitrary: fc.constant(v), weight: 1 })),
  );

const factArb = (subjects: number) =>
  fc.record({
    subject: fc.integer({ min: 0, max: subjects - 1 }),
    location: skewed(LOCATIONS),
    orgType: skewed(ORG_TYPES),
    period: skewed(PERIODS),
    breakdown: skewed(BREAKDOWNS),
  });

const populationArb = fc
  .integer({ min: 3, max: 60 })
  .chain((subjects) => fc.array(factArb(subjects), { minLength: 1, maxLength: 200 }))
  .map((rows): StatFact[] =>
    rows.map((r) => ({
      subject: r.subject,
      value: 1,
      paths: { location: r.location, orgType: r.orgType, period: r.period, breakdown: r.breakdown },
    })),
  );

/** Independent of cube.ts: is the fact under the cell's nodes? */
function inCell(fact: StatFact, cell: PublishedCell): boolean {
  return STAT_DIMENSIONS.every((d) => {
    const path = fact.paths[d];
    return path.some((_, i) => path.slice(0, i + 1).join("/") === cell.coords[d]);
  });
}

function refines(inner: PublishedCell, outer: PublishedCell): boolean {
  return STAT_DIMENSIONS.every(
    (d) => inner.coords[d] === outer.coords[d] || inner.coords[d].startsWith(outer.coords[d] + "/"),
  );
}

function subjectsOf(facts: StatFact[]): Set<number> {
  return new Set(facts.map((f) => f.subject));
}

/** Every node of every dimension, with its children (what an attacker can see on the screen). */
function worldChildren(): Map<string, string[]>[] {
  const all = [LOCATIONS, ORG_TYPES, PERIODS, BREAKDOWNS];
  return all.map((paths) => {
    const m = new Map<string, Set<string>>();
    for (const p of paths)
      for (let i = 1; i < p.length; i++) {
        const parent = p.slice(0, i).join("/");
        const kid = p.slice(0, i + 1).join("/");
        m.set(parent, (m.get(parent) ?? new Set()).add(kid));
      }
    return new Map([...m].map(([k, v]) => [k, [...v]]));
  });
}

/**
 * What an attacker learns from the published cube, checked on the raw facts: every published
 * number is about ≥ T subjects; every pair of published cells where one refines the other differs
 * by facts about 0 or ≥ T subjects; no line leaves one unknown; totals add up where shown.
 */
function attack(facts: StatFact[], cube: PublishedCell[]): string[] {
  const problems: string[] = [];
  const published = cube.filter((c) => !c.suppressed);
  const key = (coords: PublishedCell["coords"]) => STAT_DIMENSIONS.map((d) => coords[d]).join("|");
  const byKey = new Map(cube.map((c) => [key(c.coords), c]));
  const factsIn = new Map(published.map((c) => [key(c.coords), facts.filter((f) => inCell(f, c))]));

  for (const c of published) {
    const own = must(factsIn.get(key(c.coords)));
    if (subjectsOf(own).size < T) problems.push(`published small cell ${key(c.coords)}`);
    if (c.value !== own.length) problems.push(`wrong value ${key(c.coords)}`);
  }
  for (const inner of published)
    for (const outer of published) {
      if (inner === outer || !refines(inner, outer)) continue;
      const innerFacts = new Set(factsIn.get(key(inner.coords)));
      const outside = must(factsIn.get(key(outer.coords))).filter((f) => !innerFacts.has(f));
      const n = subjectsOf(outside).size;
      if (n > 0 && n < T)
        problems.push(`difference ${key(outer.coords)} − ${key(inner.coords)} is about ${n}`);
      const exclusive = (outer.subjects ?? 0) - (inner.subjects ?? 0);
      if (exclusive > 0 && exclusive < T)
        problems.push(
          `subject difference ${key(outer.coords)} − ${key(inner.coords)} = ${exclusive}`,
        );
    }

  const children = worldChildren();
  for (const parent of cube) {
    STAT_DIMENSIONS.forEach((d, i) => {
      const kids = children[i]?.get(parent.coords[d]) ?? [];
      if (kids.length === 0) return;
      const members = kids.map((k) => byKey.get(key({ ...parent.coords, [d]: k })));
      // A cell absent from the cube is shown as "< 10" too: unknown to the attacker.
      const unknownKids = members.filter((m) => !m || m.suppressed);
      if (parent.suppressed) {
        if (unknownKids.length === 0)
          problems.push(`suppressed total ${key(parent.coords)} is the sum of its parts`);
        return;
      }
      const hiddenFacts = facts.filter(
        (f) => inCell(f, parent) && !members.some((m) => m && !m.suppressed && inCell(f, m)),
      );
      const n = subjectsOf(hiddenFacts).size;
      if (n > 0 && n < T) problems.push(`line ${key(parent.coords)} over ${d} reveals ${n}`);
      if (unknownKids.length === 0) {
        const sum = members.reduce((s, m) => s + (m?.value ?? 0), 0);
        if (sum !== parent.value) problems.push(`total ${key(parent.coords)} does not add up`);
      }
    });
  }
  return problems;
}

describe("publishCube", () => {
  it("publishes nothing about fewer than 10 youths, alone, as a total or as a difference", () => {
    fc.assert(
      fc.property(populationArb, (facts) => {
        const cube = publishCube(facts, { threshold: T });
        expect(attack(facts, cube)).toEqual([]);
      }),
      { numRuns: Number(process.env.STATISTICS_RUNS ?? 60) },
    );
  });

  it("publishes big cells and their total unchanged", () => {
    const facts: StatFact[] = [];
    for (let s = 0; s < 40; s++)
      facts.push({
        subject: s,
        value: 1,
        paths: {
          location: at(LOCATIONS, s % 2),
          orgType: at(ORG_TYPES, 0),
          period: at(PERIODS, 0),
          breakdown: at(BREAKDOWNS, 0),
        },
      });
    const cube = publishCube(facts, { threshold: T });
    const total = must(cube.find((c) => Object.values(c.coords).every((v) => v === "*")));
    expect(total).toMatchObject({ value: 40, subjects: 40, suppressed: false });
    const zutphen = must(
      cube.find(
        (c) =>
          c.coords.location === "*/oost/zutphen" &&
          c.coords.period === "*" &&
          c.coords.breakdown === "*" &&
          c.coords.orgType === "*",
      ),
    );
    expect(zutphen).toMatchObject({ value: 20, suppressed: false });
    expect(attack(facts, cube)).toEqual([]);
  });

  it("hides the second-smallest cell of a line when one cell is small (complementary)", () => {
    const facts: StatFact[] = [];
    const add = (subject: number, breakdown: number) =>
      facts.push({
        subject,
        value: 1,
        paths: {
          location: at(LOCATIONS, 0),
          orgType: at(ORG_TYPES, 0),
          period: at(PERIODS, 0),
          breakdown: at(BREAKDOWNS, breakdown),
        },
      });
    for (let s = 0; s < 30; s++) add(s, 0);
    for (let s = 30; s < 42; s++) add(s, 1);
    for (let s = 42; s < 45; s++) add(s, 2); // 3 youths: primary
    const cube = publishCube(facts, { threshold: T });
    const cell = (b: string) =>
      must(
        cube.find(
          (c) =>
            c.coords.breakdown === b &&
            c.coords.location === "*" &&
            c.coords.period === "*" &&
            c.coords.orgType === "*",
        ),
      );
    expect(cell("*/labour").suppressed).toBe(true);
    expect(cell("*/criminal").suppressed).toBe(true); // complementary: the smaller of the other two
    expect(cell("*/sexual")).toMatchObject({ suppressed: false, value: 30 });
    expect(attack(facts, cube)).toEqual([]);
  });

  it("hides more when two small cells of a line together are about fewer than 10 youths", () => {
    const facts: StatFact[] = [];
    let subject = 0;
    const add = (n: number, breakdown: number) => {
      for (let i = 0; i < n; i++)
        facts.push({
          subject: subject++,
          value: 1,
          paths: {
            location: at(LOCATIONS, 0),
            orgType: at(ORG_TYPES, 0),
            period: at(PERIODS, 0),
            breakdown: at(BREAKDOWNS, breakdown),
          },
        });
    };
    add(15, 0);
    add(12, 1);
    add(2, 2);
    add(3, 3); // labour and general: 5 youths together, so total − sexual − criminal would show them
    const cube = publishCube(facts, { threshold: T });
    const top = (b: string) =>
      must(
        cube.find(
          (c) =>
            c.coords.breakdown === b &&
            c.coords.location === "*" &&
            c.coords.period === "*" &&
            c.coords.orgType === "*",
        ),
      );
    expect(top("*/criminal").suppressed).toBe(true);
    expect(attack(facts, cube)).toEqual([]);
  });

  it("stops a differencing attack: one youth elsewhere is not revealed by two totals", () => {
    const facts: StatFact[] = [];
    for (let s = 0; s < 20; s++)
      facts.push({
        subject: s,
        value: 1,
        paths: {
          location: at(LOCATIONS, 0),
          orgType: at(ORG_TYPES, 0),
          period: at(PERIODS, 0),
          breakdown: at(BREAKDOWNS, 0),
        },
      });
    // Youth 0 has one more signal, in another region.
    facts.push({
      subject: 0,
      value: 1,
      paths: {
        location: at(LOCATIONS, 2),
        orgType: at(ORG_TYPES, 0),
        period: at(PERIODS, 0),
        breakdown: at(BREAKDOWNS, 0),
      },
    });
    const cube = publishCube(facts, { threshold: T });
    expect(attack(facts, cube)).toEqual([]);
  });

  it("gives quartiles of a measurement for published cells only", () => {
    const facts: StatFact[] = Array.from({ length: 12 }, (_, s) => ({
      subject: s,
      value: 1,
      measure: s + 1,
      paths: {
        location: at(LOCATIONS, 0),
        orgType: at(ORG_TYPES, 0),
        period: at(PERIODS, 0),
        breakdown: at(BREAKDOWNS, 0),
      },
    }));
    const cube = publishCube(facts, { threshold: T, quantiles: true });
    const total = must(cube.find((c) => Object.values(c.coords).every((v) => v === "*")));
    expect(total.quartiles).toEqual({ q1: 3.8, median: 6.5, q3: 9.3 });
    expect(cube.filter((c) => c.suppressed).every((c) => c.quartiles === null)).toBe(true);
  });
});
