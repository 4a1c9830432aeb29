/**
 * No screen shows a raw placeholder ("Vastleggen: {{kind}} van {{date}}").
 *
 * The calls are found mechanically in the SPA's source: every `t("literal.key", …)` whose key is
 * a literal. When the call passes no options, the text (each plural form, both languages) must
 * have no placeholder at all. When it passes an object literal without a spread, every placeholder
 * of the text must be one of the object's keys. Keys built at run time (template literals) are
 * not checked here.
 */
import { describe, expect, it } from "vitest";

type Lang = "nl" | "en";
type Tree = { [key: string]: string | Tree };

const locales = import.meta.glob<{ default: Tree }>(
  ["../locales/*.json", "../features/*/locales/*.json"],
  { eager: true },
);
const sources = import.meta.glob<string>(["../**/*.tsx", "../**/*.ts", "!../**/*.test.ts"], {
  eager: true,
  query: "?raw",
  import: "default",
});

function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree))
    if (typeof v === "object") flatten(v, `${prefix}${k}.`, out);
    else out.set(`${prefix}${k}`, v);
  return out;
}

/** All texts of one language, keyed by their full key (feature namespaces do not overlap). */
function texts(lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, mod] of Object.entries(locales))
    if (path.endsWith(`/${lang}.json`)) for (const [k, v] of flatten(mod.default)) out.set(k, v);
  return out;
}

/** The texts a key may render: itself and its plural forms. */
function forms(all: Map<string, string>, key: string): string[] {
  return [...all].filter(([k]) => k === key || k.startsWith(`${key}_`)).map(([, v]) => v);
}

/** Placeholders a text interpolates ({{name}} or {{name, format}}), outside nested $t(…). */
function placeholders(text: string): string[] {
  const outer = text.replace(/\$t\([^)]*\)/g, "");
  return [...outer.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1] ?? "");
}

type Call = { file: string; key: string; options: "none" | "unknown" | string[] };

/** The top-level keys of an object literal's source, or "unknown" when it spreads. */
function literalKeys(body: string): string[] | "unknown" {
  const keys: string[] = [];
  let depth = 0;
  let part = "";
  const flush = () => {
    const p = part.trim();
    part = "";
    if (p === "") return;
    if (p.startsWith("...")) throw new Error("spread");
    const m = /^["']?([\w$]+)["']?\s*(:|$)/.exec(p);
    if (m?.[1]) keys.push(m[1]);
  };
  try {
    for (const ch of body) {
      if ("([{".includes(ch)) depth++;
      if (")]}".includes(ch)) depth--;
      if (ch === "," && depth === 0) flush();
      else part += ch;
    }
    flush();
  } catch {
    return "unknown";
  }
  return keys;
}

/** Every `t("key"…)` call with a literal key, and what it passes as options. */
function calls(): Call[] {
  const out: Call[] = [];
  for (const [file, src] of Object.entries(sources)) {
    for (const m of src.matchAll(/\bt\(\s*["']([\w.-]+)["']\s*([,)])/g)) {
      const key = m[1] ?? "";
      if (m[2] === ")") {
        out.push({ file, key, options: "none" });
        continue;
      }
      const start = (m.index ?? 0) + m[0].length;
      const rest = src.slice(start).trimStart();
      if (!rest.startsWith("{")) {
        out.push({ file, key, options: "unknown" });
        continue;
      }
      let depth = 0;
      let end = 0;
      for (let i = 0; i < rest.length; i++) {
        const ch = rest[i] ?? "";
        if ("([{".includes(ch)) depth++;
        if (")]}".includes(ch)) depth--;
        if (depth === 0) {
          end = i;
          break;
        }
      }
      out.push({ file, key, options: literalKeys(rest.slice(1, end)) });
    }
  }
  return out;
}

describe("every literal translation call fills every placeholder of its text", () => {
  const found = calls();

  it("finds the calls (the mechanism works)", () => {
    expect(found.length).toBeGreaterThan(500);
    expect(found.some((c) => c.key === "steps.reviews.doneTitle")).toBe(true);
    expect(literalKeys(" kind: t(`x.${a}`), date: formatDate(d) ")).toEqual(["kind", "date"]);
    expect(literalKeys(" name, ...rest ")).toBe("unknown");
  });

  it.each(["nl", "en"] as const)("no raw {{placeholder}} can reach the screen (%s)", (lang) => {
    const all = texts(lang);
    const wrong: string[] = [];
    for (const call of found) {
      if (call.options === "unknown") continue;
      const given = new Set(call.options === "none" ? [] : call.options);
      for (const text of forms(all, call.key))
        for (const p of placeholders(text))
          if (!given.has(p)) wrong.push(`${call.file}: t("${call.key}") leaves {{${p}}}`);
    }
    expect([...new Set(wrong)]).toEqual([]);
  });
});
