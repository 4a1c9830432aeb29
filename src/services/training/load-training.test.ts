import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCatalog, contentDir } from "../catalog/load-catalog.js";
import { loadTrainingContent } from "./load-training.js";

describe("loading the training content at start-up", () => {
  const catalog = loadCatalog();
  const dirs: string[] = [];
  const copy = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), "inzicht-training-"));
    cpSync(path.join(contentDir(), "training"), dir, { recursive: true });
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("loads the seven modules in programme order", () => {
    const content = loadTrainingContent(catalog);
    expect(content.modules.map((m) => m.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("fails fast when a module breaks the schema", () => {
    const dir = copy();
    const file = path.join(dir, "m3-perpetrators.json");
    const mod = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...mod, surprise: true }));
    expect(() => loadTrainingContent(catalog, dir)).toThrow(/m3-perpetrators.json is invalid/);
  });

  it("fails fast when a page links to a signal that is not in the catalogue", () => {
    const dir = copy();
    const file = path.join(dir, "m7-case.json");
    const text = readFileSync(file, "utf8").replace('"crim.forced-theft"', '"crim.no-such-signal"');
    writeFileSync(file, text);
    expect(() => loadTrainingContent(catalog, dir)).toThrow(/crim.no-such-signal/);
  });

  it("fails fast when a module is missing", () => {
    const dir = copy();
    rmSync(path.join(dir, "m5-signalling.json"));
    expect(() => loadTrainingContent(catalog, dir)).toThrow(/m5-signalling is missing/);
  });
});
