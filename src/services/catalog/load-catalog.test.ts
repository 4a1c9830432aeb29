import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkCatalog } from "../../domain/catalog/catalog-index.js";
import { EXPLOITATION_TYPES, type Catalog } from "../../domain/catalog/schema.js";
import { contentDir, loadCatalog } from "./load-catalog.js";

const catalog: Catalog = loadCatalog();
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const duplicates = (values: readonly string[]) => values.filter((v, n) => values.indexOf(v) !== n);

describe("the catalogue content", () => {
  it("loads and passes every cross-reference check", () => {
    expect(checkCatalog(catalog)).toEqual([]);
  });

  it("holds at least 120 indicators", () => {
    expect(catalog.indicators.length).toBeGreaterThanOrEqual(120);
  });

  it.each([
    ["indicators", ids(catalog.indicators)],
    ["categories", ids(catalog.categories)],
    ["sources", ids(catalog.sources)],
    ["vulnerabilities", ids(catalog.vulnerabilities)],
    ["context questions", ids(catalog.contextQuestions)],
    ["knowledge pages", ids(catalog.knowledge)],
    ["contacts", ids(catalog.contacts)],
  ])("every id among the %s is unique", (_kind, values) => {
    expect(duplicates(values)).toEqual([]);
  });

  it("every category has indicators", () => {
    const used = new Set(catalog.indicators.map((i) => i.category));
    expect(ids(catalog.categories).filter((c) => !used.has(c))).toEqual([]);
  });

  it("every exploitation type is used", () => {
    const used = new Set(catalog.indicators.flatMap((i) => i.types));
    expect(EXPLOITATION_TYPES.filter((t) => !used.has(t))).toEqual([]);
  });

  it("every item has Dutch and English text", () => {
    const texts = [
      ...catalog.indicators.flatMap((i) => [i.text, i.explanation]),
      ...catalog.categories.flatMap((c) => [c.label, c.description]),
      ...catalog.vulnerabilities.flatMap((v) => [v.label, v.explanation]),
      ...catalog.contextQuestions.flatMap((q) => [q.text, q.hint]),
      ...catalog.knowledge.flatMap((k) => [k.title, k.summary, k.body]),
      ...catalog.contacts.flatMap((c) => [c.name, c.purpose, c.hours]),
    ];
    const missing = texts.filter((t) => !t.nl.trim() || !t.en.trim());
    expect(missing).toEqual([]);
  });

  it("Dutch and English differ, so nothing is left untranslated", () => {
    const same = catalog.indicators.filter((i) => i.text.nl === i.text.en);
    expect(ids(same)).toEqual([]);
  });

  it("every item cites at least one known source", () => {
    const known = new Set(ids(catalog.sources));
    const items = [
      ...catalog.indicators,
      ...catalog.vulnerabilities,
      ...catalog.knowledge,
      ...catalog.contacts,
    ];
    const unsourced = items.filter((i) => i.sources.length === 0);
    const unknown = items.filter((i) => i.sources.some((s) => !known.has(s)));
    expect(ids(unsourced)).toEqual([]);
    expect(ids(unknown)).toEqual([]);
  });

  it("no related id dangles", () => {
    const known = new Set(ids(catalog.indicators));
    const dangling = [
      ...catalog.indicators.flatMap((i) => i.related.filter((r) => !known.has(r))),
      ...catalog.knowledge.flatMap((k) => k.relatedIndicators.filter((r) => !known.has(r))),
    ];
    expect(dangling).toEqual([]);
  });

  it("the system can derive nearly 18, many moves and missing episodes", () => {
    const derivable = catalog.vulnerabilities.filter((v) => v.derivable).map((v) => v.id);
    expect(derivable.sort()).toEqual(["many-moves", "missing-episodes", "nearly-18"]);
  });

  it("the sociale kaart has 112 and Veilig Thuis with click-to-call numbers", () => {
    const byId = new Map(catalog.contacts.map((c) => [c.id, c]));
    expect(byId.get("emergency-112")?.phoneHref).toBe("112");
    expect(byId.get("veilig-thuis")?.phoneHref).toBe("08002000");
  });

  it("no contact in the content carries a check date: dates come only from a named checker", () => {
    const raw = JSON.parse(
      readFileSync(path.join(contentDir(), "catalog", "contacts.json"), "utf8"),
    ) as Record<string, unknown>[];
    const dated = raw.filter((c) => Object.keys(c).some((k) => /checked/i.test(k)));
    expect(dated.map((c) => c.id)).toEqual([]);
  });

  it("the chat addresses are the training's (seed): chatmet.fier.nl and hulp.keerpunt.chat", () => {
    const byId = new Map(catalog.contacts.map((c) => [c.id, c]));
    expect(byId.get("chat-met-fier")?.chatUrl).toBe("https://chatmet.fier.nl/");
    expect(byId.get("keerpunt")?.chatUrl).toBe("https://hulp.keerpunt.chat/");
  });

  it("the sociale kaart lists FairWork for labour exploitation, with its sources", () => {
    const fairwork = catalog.contacts.find((c) => c.id === "fairwork");
    expect(fairwork?.sources).toEqual(expect.arrayContaining(["fairwork", "comensha-2024"]));
  });

  it("the seed's 2025 training figures are content: 163 COA + 197 Nidos = 360, with the seed as source", () => {
    const f = catalog.programme.figures;
    expect(f.year).toBe(2025);
    expect(f.byOrganisation).toEqual([
      { organisation: "COA", professionals: 163 },
      { organisation: "Nidos", professionals: 197 },
    ]);
    expect(f.total).toBe(360);
    expect(catalog.programme.runsUntil).toBe("2026-12-31");
    expect(catalog.programme.sources).toContain("fier-seed-2025");
    expect(catalog.programme.trainingOffer[0]?.url).toMatch(/^https:\/\/www\.rodekruis\.nl\//);
  });

  it("112 and Veilig Thuis keep the seed's nuance: which one depends on the region", () => {
    const byId = new Map(catalog.contacts.map((c) => [c.id, c]));
    for (const id of ["emergency-112", "veilig-thuis"]) {
      expect(byId.get(id)?.purpose.nl).toMatch(/regio/);
      expect(byId.get(id)?.purpose.en).toMatch(/region/);
    }
  });
});

/** A copy of the real content in a temp dir, with one file changed by `edit`. */
function brokenCopy(file: string, edit: (data: unknown[]) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "inzicht-catalog-"));
  cpSync(path.join(contentDir(), "catalog"), dir, { recursive: true });
  const target = path.join(dir, file);
  const data = JSON.parse(readFileSync(target, "utf8")) as unknown[];
  edit(data);
  writeFileSync(target, JSON.stringify(data));
  return dir;
}

type Item = Record<string, unknown> & { text: Record<string, string>; related: string[] };
const first = (data: unknown[]) => data[0] as Item;

describe("broken content stops loading with a message naming the problem", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it.each([
    [
      "a dangling related id",
      "indicators/criminal.json",
      (d: unknown[]) => first(d).related.push("crim.does-not-exist"),
      /related crim\.does-not-exist does not exist/,
    ],
    [
      "a missing English text",
      "indicators/criminal.json",
      (d: unknown[]) => delete first(d).text.en,
      /Catalogue content is invalid:[\s\S]*indicators\.\d+\.text\.en/,
    ],
    [
      "an empty Dutch text",
      "indicators/social.json",
      (d: unknown[]) => (first(d).text.nl = "  "),
      /indicators\.\d+\.text\.nl/,
    ],
    [
      "a duplicate id",
      "indicators/criminal.json",
      (d: unknown[]) => d.push({ ...first(d) }),
      /indicator id crim\.forced-theft is not unique/,
    ],
    [
      "an unknown source",
      "indicators/criminal.json",
      (d: unknown[]) => (first(d).sources = ["made-up-source"]),
      /unknown source made-up-source/,
    ],
    [
      "a category without indicators",
      "categories.json",
      (d: unknown[]) => d.push({ ...first(d), id: "empty-category", order: 99 }),
      /category empty-category has no indicators/,
    ],
    [
      "a contact with an invented check date",
      "contacts.json",
      (d: unknown[]) => ((d[0] as Record<string, unknown>).lastChecked = "2025-11-24"),
      /contacts\.0: Unrecognized key/,
    ],
    [
      "an unknown tier",
      "indicators/labour.json",
      (d: unknown[]) => (first(d).tier = "very-strong"),
      /indicators\.\d+\.tier/,
    ],
  ])("%s", (_what, file, edit, message) => {
    const dir = brokenCopy(file, edit);
    dirs.push(dir);
    expect(() => loadCatalog(dir)).toThrow(message);
  });

  it("programme figures that do not add up stop loading", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "inzicht-catalog-"));
    dirs.push(dir);
    cpSync(path.join(contentDir(), "catalog"), dir, { recursive: true });
    const file = path.join(dir, "programme.json");
    const data = JSON.parse(readFileSync(file, "utf8")) as { figures: { total: number } };
    data.figures.total = 361;
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadCatalog(dir)).toThrow(
      /programme figures: 360 by organisation, total says 361/,
    );
  });

  it("invalid JSON names the file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "inzicht-catalog-"));
    dirs.push(dir);
    cpSync(path.join(contentDir(), "catalog"), dir, { recursive: true });
    writeFileSync(path.join(dir, "contacts.json"), "{ not json");
    expect(() => loadCatalog(dir)).toThrow(/contacts\.json/);
  });
});
