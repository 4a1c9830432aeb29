/**
 * Loads the training programme from content/training/*.json at start-up, parses it with the
 * schema and checks it against the catalogue (validateTraining). Fails fast: any problem stops
 * the start with a message naming the module and the place.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Catalog } from "../../domain/catalog/schema.js";
import { notFound } from "../../domain/errors.js";
import { trainingModule, type TrainingModule } from "../../domain/training/schema.js";
import {
  validateIndicatorTrainingLinks,
  validateTraining,
} from "../../domain/training/validate.js";
import { contentDir } from "../catalog/load-catalog.js";
import type { ServiceDeps } from "../deps.js";

export interface TrainingContent {
  /** The modules in programme order. */
  readonly modules: readonly TrainingModule[];
  readonly byId: ReadonlyMap<string, TrainingModule>;
}

function parseFile(file: string): TrainingModule {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  const parsed = trainingModule.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 20)
      .map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Training content ${path.basename(file)} is invalid:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Reads, parses and validates every module; throws on any problem. */
export function loadTrainingContent(
  catalog: Catalog,
  dir = path.join(contentDir(), "training"),
): TrainingContent {
  const modules = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => parseFile(path.join(dir, f)))
    .sort((a, b) => a.order - b.order);
  const problems = [
    ...validateTraining(
      modules,
      new Set(catalog.indicators.map((i) => i.id)),
      new Set(catalog.knowledge.map((k) => k.id)),
    ),
    ...validateIndicatorTrainingLinks(catalog.indicators),
  ];
  if (problems.length > 0) {
    const lines = problems
      .slice(0, 20)
      .map((p) => `  ${p.moduleId ?? "programme"} ${p.path}: ${p.message}`);
    throw new Error(`Training content is inconsistent:\n${lines.join("\n")}`);
  }
  return { modules, byId: new Map(modules.map((m) => [m.id, m])) };
}

const loaded = new WeakMap<Catalog, TrainingContent>();

/** The validated programme for this catalogue, loaded once. */
export function trainingContent(deps: Pick<ServiceDeps, "catalog">): TrainingContent {
  const cached = loaded.get(deps.catalog);
  if (cached) return cached;
  const content = loadTrainingContent(deps.catalog);
  loaded.set(deps.catalog, content);
  return content;
}

/** One module, or NOT_FOUND. */
export function requireModule(content: TrainingContent, id: string): TrainingModule {
  const mod = content.byId.get(id);
  if (!mod) throw notFound("training module");
  return mod;
}
