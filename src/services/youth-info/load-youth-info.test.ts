import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  TEXT_KEYS,
  UI_KEYS,
  YOUTH_INFO_CODES,
  YOUTH_INFO_CONTACTS,
  leafletLanguages,
} from "../../domain/youth-info/content.js";
import { contentDir, loadCatalog } from "../catalog/load-catalog.js";
import { loadYouthInfo } from "./load-youth-info.js";

const catalog = loadCatalog();
const DIR = path.join(contentDir(), "youth-info");
const read = (lang: string) =>
  JSON.parse(readFileSync(path.join(DIR, `${lang}.json`), "utf8")) as Record<string, never>;

/** A copy of the content folder with one file changed, to prove the checks fail. */
function withChange(lang: string, change: (file: Record<string, Record<string, unknown>>) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), "youth-info-"));
  cpSync(DIR, dir, { recursive: true });
  const file = read(lang);
  change(file);
  writeFileSync(path.join(dir, `${lang}.json`), JSON.stringify(file));
  return dir;
}

describe("youth information content (issue 24)", () => {
  it("every language's file loads, with the same keys as the Dutch source", () => {
    const info = loadYouthInfo(catalog.contacts);
    expect(Object.keys(info).sort()).toEqual([...YOUTH_INFO_CODES].sort());
    for (const code of YOUTH_INFO_CODES) {
      expect(Object.keys(info[code].texts), code).toEqual([...TEXT_KEYS]);
      expect(Object.keys(info[code].ui), code).toEqual([...UI_KEYS]);
      expect(Object.keys(info[code].contacts), code).toEqual([...YOUTH_INFO_CONTACTS]);
    }
  });

  it.each([
    ["nl", "source"],
    ["en", "unreviewed"],
    ["ar", "unreviewed"],
    ["ti", "draft"],
    ["fa", "draft"],
    ["so", "draft"],
    ["ps", "draft"],
    ["fr", "draft"],
    ["tr", "draft"],
  ])("%s is marked %s until a sworn translator is recorded", (lang, state) => {
    expect(loadYouthInfo(catalog.contacts)[lang as "nl"].status.state).toBe(state);
  });

  it("a language missing a key stops the start", () => {
    const dir = withChange("ar", (f) => {
      delete f.texts?.rightReflection;
    });
    expect(() => loadYouthInfo(catalog.contacts, dir)).toThrow(/ar\.json: texts\.rightReflection/);
  });

  it("a translation with other sources than the Dutch text stops the start", () => {
    const dir = withChange("en", (f) => {
      (f.texts as Record<string, { source: string[] }>).nonPunishment = {
        ...(f.texts as Record<string, { text: string; source: string[] }>).nonPunishment,
        source: ["own: made up"],
      } as never;
    });
    expect(() => loadYouthInfo(catalog.contacts, dir)).toThrow(
      /en: texts\.nonPunishment has other sources/,
    );
  });

  it("a reviewed status without a reviewer stops the start", () => {
    const dir = withChange("ar", (f) => {
      f.status = { state: "reviewed" };
    });
    expect(() => loadYouthInfo(catalog.contacts, dir)).toThrow(/ar\.json: status/);
  });

  it("a draft language marked otherwise stops the start (the web warning reads DRAFT_LANGUAGES)", () => {
    const dir = withChange("ti", (f) => {
      f.status = { state: "unreviewed" };
    });
    expect(() => loadYouthInfo(catalog.contacts, dir)).toThrow(/ti: draft status differs/);
  });

  it("a page contact the catalogue does not have stops the start", () => {
    const contacts = catalog.contacts.filter((c) => c.id !== "keerpunt");
    expect(() => loadYouthInfo(contacts)).toThrow(/contact keerpunt is not in the catalogue/);
  });

  it("no content file holds a phone number or a link: they come from the catalogue", () => {
    for (const code of YOUTH_INFO_CODES) {
      const texts = JSON.stringify(read(code).contacts);
      expect(texts, code).not.toMatch(/\d{4}-\d{3,4}|https?:\/\/|\.nl\b|\.chat\b/);
    }
  });

  it("the running texts hold no phone number in any script; 112 is the {emergency} placeholder", () => {
    for (const code of YOUTH_INFO_CODES) {
      const texts = read(code).texts as unknown as Record<string, { text: string }>;
      for (const [key, { text }] of Object.entries(texts))
        expect(text, `${code} ${key}`).not.toMatch(/\p{Nd}{3}|https?:\/\/|\.nl\b|\.chat\b/u);
      expect(texts.tellDanger?.text, code).toContain("{emergency}");
    }
  });

  it.each([
    ["a hard-coded 112", "Bel 112."],
    ["112 in Persian digits", "Bel \u06f1\u06f1\u06f2."],
    ["no placeholder", "Bel de politie."],
  ])("tellDanger with %s stops the start", (_what, text) => {
    const dir = withChange("fa", (f) => {
      (f.texts as Record<string, { text: string }>).tellDanger = {
        ...(f.texts as Record<string, { text: string; source: string[] }>).tellDanger,
        text,
      } as never;
    });
    expect(() => loadYouthInfo(catalog.contacts, dir)).toThrow(/fa: texts\.tellDanger/);
  });

  it.each([
    [["ar"], ["ar"]],
    [
      ["ti", "en"],
      ["ti", "en"],
    ],
    [["am"], ["nl"]],
    [
      ["ps", "fa"],
      ["ps", "fa"],
    ],
    [[" AR ", "ar"], ["ar"]],
    [[], ["nl"]],
  ])("a youth speaking %j gets the leaflet in %j", (spoken, leaflets) => {
    expect(leafletLanguages(spoken)).toEqual(leaflets);
  });
});
