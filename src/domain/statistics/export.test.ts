import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publishCube, publishCubeOver, type PublishedCell } from "./cube.js";
import {
  AGE_BANDS,
  ageBand,
  buildExportFacts,
  EXPORT_DIMENSIONS,
  EXPORT_FORMS,
  EXPORT_GENDERS,
  exportCells,
  exportCubeOptions,
  exportForm,
  exportGender,
  type Registration,
} from "./export.js";
import { buildFacts, type StatSources } from "./facts.js";
import { STATISTICS_THRESHOLD as T } from "./figures.js";

function must<V>(v: V | undefined, what = "value"): V {
  if (v === undefined) throw new Error(`missing ${what}`);
  return v;
}

const ORGS = [
  { id: "zutphen", type: "coa", region: "Oost" },
  { id: "arnhem", type: "school", region: "Oost" },
  { id: "groningen", type: "coa", region: "Noord" },
];
const MONTHS = ["2026-08-15T10:00:00.000Z", "2026-09-15T10:00:00.000Z", "2026-10-15T10:00:00.000Z"];
const KINDS = ["comensha", "veilig_thuis", "police"];
const SIGNERS = ["youth", "guardian", null];
const REGIONS = ["east-africa", "western-asia", "north-africa", "unknown"];

const skewed = <V>(values: readonly V[]) =>
  fc.oneof(
    { arbitrary: fc.constant(must(values[0])), weight: 6 },
    ...values.slice(1).map((v) => ({ arbitrary: fc.constant(v), weight: 1 })),
  );

const registrationArb: fc.Arbitrary<Registration> = fc.record({
  form: skewed(EXPORT_FORMS),
  ageBand: skewed(["15-17", "12-14", "18-plus", "under-12"] as const),
  gender: skewed(EXPORT_GENDERS),
  originRegion: skewed(REGIONS),
});

interface Generated {
  youths: number[];
  reports: {
    youth: number;
    kind: string;
    signer: string | null;
    at: string;
    registration: Registration;
  }[];
}

const populationArb: fc.Arbitrary<Generated> = fc.integer({ min: 3, max: 60 }).chain((n) =>
  fc.record({
    youths: fc.array(skewed([0, 1, 2]), { minLength: n, maxLength: n }),
    reports: fc.array(
      fc.record({
        youth: fc.integer({ min: 0, max: n - 1 }),
        kind: skewed(KINDS),
        signer: skewed(SIGNERS),
        at: skewed(MONTHS),
        registration: registrationArb,
      }),
      { minLength: 1, maxLength: 150 },
    ),
  }),
);

function sources(g: Generated): StatSources {
  return {
    since: "2026-07-01T00:00:00.000Z",
    now: "2026-12-01T00:00:00.000Z",
    organisations: ORGS,
    locations: g.youths.map((org, y) => ({
      youthId: `y${y}`,
      organisationId: must(ORGS[org]).id,
      startedAt: "2026-01-01T00:00:00.000Z",
      endedAt: null,
    })),
    signals: [],
    pictures: [],
    reports: g.reports.map((r) => ({
      youthId: `y${r.youth}`,
      kind: r.kind,
      consentSigner: r.signer,
      sentAt: r.at,
      ...(r.kind === "comensha" ? { registration: r.registration } : {}),
    })),
    missing: [],
    consults: [],
    completions: [],
  };
}

/** The attacker's space: every coordinate a published number of these three tables can fix. */
const SPACE = [
  "location",
  "orgType",
  "period",
  "kind",
  "consent",
  "form",
  "ageBand",
  "gender",
  "originRegion",
] as const;
type Space = Record<(typeof SPACE)[number], string>;
interface Known {
  from: string;
  coords: Space;
  value: number;
  subjects: number | null;
}

const ALL: Space = Object.fromEntries(SPACE.map((d) => [d, "*"])) as Space;

/** Written apart from the engine: the nodes of one report, from its raw attributes. */
function reportNodes(g: Generated, i: number): Record<keyof Space, string[]> {
  const r = must(g.reports[i]);
  const org = must(ORGS[must(g.youths[r.youth])]);
  const month = r.at.slice(0, 7);
  const quarter = `2026-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
  const reg = r.kind === "comensha" ? r.registration : null;
  const two = (v: string | null | undefined) => (v ? ["*", `*/${v}`] : ["*"]);
  return {
    location: ["*", `*/${org.region.toLowerCase()}`, `*/${org.region.toLowerCase()}/${org.id}`],
    orgType: ["*", `*/${org.type}`],
    period: ["*", `*/${quarter}`, `*/${quarter}/${month}`],
    kind: two(r.kind),
    consent: two(r.signer ?? "none"),
    form: two(reg?.form),
    ageBand: two(reg?.ageBand),
    gender: two(reg?.gender),
    originRegion: two(reg?.originRegion),
  };
}

function refines(inner: Space, outer: Space): boolean {
  return SPACE.every((d) => inner[d] === outer[d] || inner[d].startsWith(`${outer[d]}/`));
}

/**
 * Every published number of "reports per kind", "reports per consent" and the export, combined:
 * no published cell is about fewer than T youths; no published export cell and any published cell
 * it refines or that refines it differ by facts about 1..T-1 youths (reports or youths); no line
 * of the export (parent known from any table) leaves its hidden part about 1..T-1 youths, and
 * totals add up where every part is shown.
 */
function attack(g: Generated, known: Known[], exportKnown: Known[]): string[] {
  const problems: string[] = [];
  const nodes = g.reports.map((_, i) => reportNodes(g, i));
  const factsOf = (c: Space) =>
    nodes.flatMap((n, i) => (SPACE.every((d) => n[d].includes(c[d])) ? [i] : []));
  const youthsOf = (ids: number[]) => new Set(ids.map((i) => must(g.reports[i]).youth));
  const cache = new Map<Known, number[]>();
  const facts = (k: Known) => {
    let f = cache.get(k);
    if (!f) cache.set(k, (f = factsOf(k.coords)));
    return f;
  };
  const label = (k: Known) => `${k.from}:${SPACE.map((d) => k.coords[d]).join("|")}`;

  for (const k of known) {
    const f = facts(k);
    if (youthsOf(f).size < T) problems.push(`published small cell ${label(k)}`);
    if (f.length !== k.value) problems.push(`wrong value ${label(k)}`);
  }
  for (const e of exportKnown)
    for (const o of known) {
      if (o === e) continue;
      const pair = refines(e.coords, o.coords)
        ? [e, o]
        : refines(o.coords, e.coords)
          ? [o, e]
          : null;
      if (!pair) continue;
      const [inner, outer] = pair as [Known, Known];
      const innerFacts = new Set(facts(inner));
      const n = youthsOf(facts(outer).filter((i) => !innerFacts.has(i))).size;
      if (n > 0 && n < T) problems.push(`${label(outer)} − ${label(inner)} is about ${n}`);
      const bySubjects = (outer.subjects ?? 0) - (inner.subjects ?? 0);
      if (inner.subjects !== null && bySubjects > 0 && bySubjects < T)
        problems.push(`${label(outer)} − ${label(inner)} = ${bySubjects} youths`);
    }
  // Lines of the export: a parent (shown anywhere) and its children along one detail dimension.
  const values: Record<string, readonly string[]> = {
    form: EXPORT_FORMS,
    ageBand: AGE_BANDS,
    gender: EXPORT_GENDERS,
    originRegion: REGIONS,
  };
  const key = (c: Space) => SPACE.map((d) => c[d]).join("|");
  const shown = new Map(known.map((k) => [key(k.coords), k]));
  const parents = new Map<string, Space>();
  for (const e of exportKnown) {
    for (const d of Object.keys(values) as (keyof Space)[]) {
      const up = { ...e.coords, [d]: "*" };
      parents.set(key(up), up);
    }
  }
  for (const parent of parents.values()) {
    if (!shown.has(key(parent))) continue;
    for (const [d, vs] of Object.entries(values) as [keyof Space, readonly string[]][]) {
      if (parent[d] !== "*") continue;
      const kids = vs.map((v) => shown.get(key({ ...parent, [d]: `*/${v}` })));
      const seen = new Set(kids.flatMap((k) => (k ? facts(k) : [])));
      const hidden = facts({ from: "line", coords: parent, value: 0, subjects: null }).filter(
        (i) => !seen.has(i),
      );
      const n = youthsOf(hidden).size;
      if (n > 0 && n < T) problems.push(`line ${key(parent)} over ${d} reveals ${n}`);
      // Totals add up where every part is shown.
      const parentValue = must(shown.get(key(parent))).value;
      if (hidden.length === 0 && kids.reduce((sum, k) => sum + (k?.value ?? 0), 0) !== parentValue)
        problems.push(`line ${key(parent)} over ${d} does not add up`);
    }
  }
  return problems;
}

/** `alone`: the export cube over CoMensha registrations only, blind to the other figures. */
function publishAll(g: Generated, mode: "combined" | "alone" = "combined") {
  const src = sources(g);
  const facts = buildFacts(src);
  const byKind = publishCube(facts["reports-by-kind"], { threshold: T });
  const byConsent = publishCube(facts["reports-by-consent"], { threshold: T });
  const exportFacts = buildExportFacts(src).filter(
    (f) => mode !== "alone" || f.paths.kind[1] === "comensha",
  );
  const cube = publishCubeOver(EXPORT_DIMENSIONS, exportFacts, {
    threshold: T,
    ...(mode === "combined" ? exportCubeOptions(byKind, byConsent) : {}),
  });
  const shown = <D extends string>(
    from: string,
    cells: PublishedCell<D>[],
    map: (c: Record<D, string>) => Partial<Space>,
  ): Known[] =>
    cells.flatMap((c) =>
      c.suppressed || c.value === null
        ? []
        : [{ from, coords: { ...ALL, ...map(c.coords) }, value: c.value, subjects: c.subjects }],
    );
  const figures = [
    ...shown("kind", byKind, (c) => ({
      location: c.location,
      orgType: c.orgType,
      period: c.period,
      kind: c.breakdown,
    })),
    ...shown("consent", byConsent, (c) => ({
      location: c.location,
      orgType: c.orgType,
      period: c.period,
      consent: c.breakdown,
    })),
  ];
  const exported = shown("export", exportCells(cube), (c) => ({ ...c, kind: "*/comensha" }));
  return { figures, exported };
}

describe("the export for the Rapporteur / CoMensha", () => {
  it("pins down fewer than 10 youths in no cell and no combination with the report figures", () => {
    fc.assert(
      fc.property(populationArb, (g) => {
        const { figures, exported } = publishAll(g);
        expect(attack(g, [...figures, ...exported], exported)).toEqual([]);
        // The export's totals show exactly what "reports per kind" shows for CoMensha.
        const totals = (list: Known[], from: string) =>
          list
            .filter(
              (k) =>
                k.from === from &&
                k.coords.kind === "*/comensha" &&
                k.coords.orgType === "*" &&
                k.coords.period === "*" &&
                k.coords.form === "*" &&
                k.coords.ageBand === "*" &&
                k.coords.gender === "*" &&
                k.coords.originRegion === "*",
            )
            .map((k) => `${k.coords.location}=${k.value}`)
            .sort();
        expect(totals(exported, "export")).toEqual(totals(figures, "kind"));
      }),
      { numRuns: Number(process.env.STATISTICS_RUNS ?? 40) },
    );
  });

  // 12 youths with a CoMensha registration, all alike, and 3 youths with a Veilig Thuis report
  // only, at one location: "reports per kind" shows 15 youths over all kinds.
  const vtOnly: Generated = {
    youths: Array.from({ length: 15 }, () => 0),
    reports: Array.from({ length: 15 }, (_, y) => ({
      youth: y,
      kind: y < 12 ? "comensha" : "veilig_thuis",
      signer: "guardian",
      at: must(MONTHS[0]),
      registration: {
        form: "criminal",
        ageBand: "15-17",
        gender: "male",
        originRegion: "east-africa",
      },
    })),
  };

  it("does not reveal 3 youths by subtracting an export cell from the total over all kinds", () => {
    const { figures, exported } = publishAll(vtOnly);
    expect(attack(vtOnly, [...figures, ...exported], exported)).toEqual([]);
  });

  it("would reveal them if the export were suppressed on its own (the attacker can fail)", () => {
    const { figures, exported } = publishAll(vtOnly, "alone");
    expect(attack(vtOnly, [...figures, ...exported], exported)).not.toEqual([]);
  });

  it("publishes a big, uniform population in every dimension", () => {
    const g: Generated = {
      youths: Array.from({ length: 30 }, () => 2),
      reports: Array.from({ length: 30 }, (_, y) => ({
        youth: y,
        kind: "comensha",
        signer: "youth",
        at: must(MONTHS[1]),
        registration: {
          form: "sexual",
          ageBand: "15-17",
          gender: "female",
          originRegion: "western-asia",
        },
      })),
    };
    const { exported } = publishAll(g);
    const sexual = exported.find(
      (e) => e.coords.location === "*" && e.coords.form === "*/sexual" && e.coords.ageBand === "*",
    );
    expect(sexual).toMatchObject({ value: 30, subjects: 30 });
  });
});

describe("coarsening a registration", () => {
  it.each([
    [["sexual"], "sexual"],
    [["criminal", "unknown"], "criminal"],
    [["sexual", "criminal"], "other"],
    [["organ_removal"], "other"],
    [["unknown"], "other"],
  ])("forms %j count as %s", (types, form) => {
    expect(exportForm(types)).toBe(form);
  });

  it.each([
    ["2015-06-01", "2026-05-31", "under-12"],
    ["2014-06-01", "2026-06-01", "12-14"],
    ["2011-06-02", "2026-06-01", "12-14"],
    ["2011-06-01", "2026-06-01", "15-17"],
    ["2008-06-01", "2026-06-01", "18-plus"],
    [null, "2026-06-01", "unknown"],
    ["1 juni 2010", "2026-06-01", "unknown"],
  ])("born %s, sent %s: %s", (dob, on, band) => {
    expect(ageBand(dob, on)).toBe(band);
  });

  it.each([
    ["male", "male"],
    ["female", "female"],
    ["other", "other-unknown"],
    ["unknown", "other-unknown"],
    [null, "other-unknown"],
  ])("gender %s counts as %s", (gender, out) => {
    expect(exportGender(gender)).toBe(out);
  });
});
