/**
 * Validates the training content in content/training against the schema and the content rules,
 * with catalogue ids read from content/catalog when that content exists.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MODULE_IDS, trainingModule, type TrainingModule } from "./schema.js";
import { validateIndicatorTrainingLinks, validateTraining } from "./validate.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const trainingDir = join(root, "content", "training");
const catalogDir = join(root, "content", "catalog");

/** Ids the catalogue issue guarantees; other ids are checked only when the catalogue exists. */
const GUARANTEED_KNOWLEDGE = [
  "trafficking-vs-smuggling",
  "sexual-exploitation",
  "criminal-exploitation",
  "labour-exploitation",
  "minors-no-coercion-needed",
  "perpetrators-and-non-punishment",
  "how-signalling-works",
  "key-persons",
  "possible-steps",
  "every-report-counts",
];
const GUARANTEED_INDICATORS = ["crim.forced-theft"];

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith(".json") ? [path] : [];
  });
}

interface CatalogIds {
  indicators: Set<string>;
  knowledge: Set<string>;
  sources: Set<string>;
  indicatorModules: { id: string; category: string; trainingModule: string }[];
}

/** Collects ids by shape, so the test does not depend on how the catalogue files are split. */
function collectCatalogIds(value: unknown, into: CatalogIds): void {
  if (Array.isArray(value)) {
    for (const item of value) collectCatalogIds(item, into);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record.id === "string" && "tier" in record && typeof record.category === "string") {
    into.indicators.add(record.id);
    if (typeof record.trainingModule === "string") {
      into.indicatorModules.push({
        id: record.id,
        category: record.category,
        trainingModule: record.trainingModule,
      });
    }
  } else if (typeof record.id === "string" && "factsSection" in record && "name" in record) {
    into.sources.add(record.id);
  } else if (typeof record.id === "string" && "body" in record && "title" in record) {
    into.knowledge.add(record.id);
  }
  for (const child of Object.values(record)) collectCatalogIds(child, into);
}

function loadCatalogIds(): CatalogIds {
  const ids: CatalogIds = {
    indicators: new Set(GUARANTEED_INDICATORS),
    knowledge: new Set(GUARANTEED_KNOWLEDGE),
    sources: new Set(),
    indicatorModules: [],
  };
  for (const file of jsonFiles(catalogDir)) {
    collectCatalogIds(JSON.parse(readFileSync(file, "utf8")) as unknown, ids);
  }
  return ids;
}

const files = readdirSync(trainingDir)
  .filter((name) => name.endsWith(".json"))
  .sort();
const modules: TrainingModule[] = files.map((name) => {
  const raw = JSON.parse(readFileSync(join(trainingDir, name), "utf8")) as unknown;
  const parsed = trainingModule.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `${name} does not match the schema:\n${JSON.stringify(parsed.error.issues, null, 2)}`,
    );
  }
  return parsed.data;
});
const byId = (id: string): TrainingModule => {
  const found = modules.find((m) => m.id === id);
  if (found === undefined) throw new Error(`module ${id} not found`);
  return found;
};

describe("training content", () => {
  it("has one file per module, named after the module id", () => {
    expect(files).toEqual(MODULE_IDS.map((id) => `${id}.json`));
    expect(modules.map((m) => m.id)).toEqual([...MODULE_IDS]);
  });

  it("passes every content rule against the catalogue ids that exist", () => {
    const ids = loadCatalogIds();
    expect(validateTraining(modules, ids.indicators, ids.knowledge)).toEqual([]);
  });

  it("is linked from every catalogue indicator to a module that exists", () => {
    expect(validateIndicatorTrainingLinks(loadCatalogIds().indicatorModules)).toEqual([]);
  });

  it("cites only sources the catalogue describes", () => {
    const { sources } = loadCatalogIds();
    if (sources.size === 0) return; // catalogue sources not written yet
    const unknown = modules.flatMap((m) => m.sources.filter((s) => !sources.has(s)));
    expect(unknown).toEqual([]);
  });

  it("covers the categories of every signal the catalogue assigns to the module", () => {
    const missing = loadCatalogIds()
      .indicatorModules.filter((ind) => {
        const mod = modules.find((m) => m.id === ind.trainingModule);
        return mod !== undefined && !(mod.coveredCategories as string[]).includes(ind.category);
      })
      .map((ind) => `${ind.trainingModule} lacks ${ind.category} (${ind.id})`);
    expect(missing).toEqual([]);
  });

  it.each(MODULE_IDS.map((id) => [id]))(
    "%s has 3–6 pages, an exercise and a knowledge check of 6–8 questions at 0.8",
    (id) => {
      const mod = byId(id);
      expect(mod.pages.length).toBeGreaterThanOrEqual(3);
      expect(mod.pages.length).toBeLessThanOrEqual(6);
      expect(mod.exercises.length).toBeGreaterThanOrEqual(1);
      expect(mod.quiz.questions.length).toBeGreaterThanOrEqual(6);
      expect(mod.quiz.questions.length).toBeLessThanOrEqual(8);
      expect(mod.quiz.passingScore).toBe(0.8);
    },
  );

  it("module 3 asks when the news item is problem behaviour and when exploitation", () => {
    const texts = byId("m3-perpetrators")
      .exercises.map((e) => e.prompt.nl)
      .join(" ");
    expect(texts).toMatch(/probleemgedrag/i);
    expect(texts).toMatch(/uitbuiting/i);
  });

  it("module 5 links to the live signal list", () => {
    const links = byId("m5-signalling").pages.flatMap((p) => p.catalogLinks ?? []);
    expect(links).toContainEqual({ kind: "knowledge", id: "how-signalling-works" });
    expect(links).toContainEqual({ kind: "indicator", id: "crim.forced-theft" });
  });

  it("module 7 is a case whose advised steps follow the seed's possible steps", () => {
    const exercise = byId("m7-case").exercises.find((e) => e.kind === "case");
    expect(exercise?.kind).toBe("case");
    if (exercise?.kind !== "case") return;
    const advised = exercise.steps
      .flatMap((s) => s.options.filter((o) => o.correct))
      .map((o) => `${o.text.nl} ${o.feedback.nl}`)
      .join(" ");
    for (const phrase of [
      "Loop je nu gevaar?",
      "telefoon uitzet",
      "zorgcoördinator",
      "zorgteam",
      "Aangifte is niet altijd",
      "dan praat ik wel even",
      "Chat met Fier",
      "Keerpunt",
    ]) {
      expect(advised.toLowerCase()).toContain(phrase.toLowerCase());
    }
  });
});
