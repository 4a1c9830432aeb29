/**
 * Reads the catalogue's data files from content/catalog, validates them with zod and checks
 * every cross-reference. Fails at start-up with a message naming the file and the problem.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { catalogFile, type Catalog } from "../../domain/catalog/schema.js";
import { checkCatalog } from "../../domain/catalog/catalog-index.js";

/** The repository's content/ folder, from src/ or dist/src/. */
export function contentDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, "content");
    try {
      readdirSync(candidate);
      return candidate;
    } catch {
      dir = path.dirname(dir);
    }
  }
  throw new Error("content/ folder not found");
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

/** Loads and validates the whole catalogue; throws on any problem. */
export function loadCatalog(dir = path.join(contentDir(), "catalog")): Catalog {
  const indicatorDir = path.join(dir, "indicators");
  const indicators = readdirSync(indicatorDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => readJson(path.join(indicatorDir, f)) as unknown[]);
  const meta = readJson(path.join(dir, "catalog.json")) as { version?: unknown };
  const raw = {
    version: meta.version,
    sources: readJson(path.join(dir, "sources.json")),
    categories: readJson(path.join(dir, "categories.json")),
    indicators,
    vulnerabilities: readJson(path.join(dir, "vulnerabilities.json")),
    contextQuestions: readJson(path.join(dir, "context-questions.json")),
    knowledge: readJson(path.join(dir, "knowledge.json")),
    contacts: readJson(path.join(dir, "contacts.json")),
    programme: readJson(path.join(dir, "programme.json")),
  };
  const parsed = catalogFile.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 20)
      .map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Catalogue content is invalid:\n${lines.join("\n")}`);
  }
  const problems = checkCatalog(parsed.data);
  if (problems.length > 0) {
    throw new Error(`Catalogue content is inconsistent:\n  ${problems.slice(0, 20).join("\n  ")}`);
  }
  return parsed.data;
}
