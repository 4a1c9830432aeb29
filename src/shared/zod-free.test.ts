import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The web app imports these src/shared modules for their value lists. They must stay free of
 * run-time imports (zod above all, 25 kB gzip) except the pure domain, or every chunk that uses
 * a list would ship them.
 */
const ZOD_FREE = [
  "youth-values.ts",
  "signal-values.ts",
  "notification-kinds.ts",
  "audit.types.ts",
  "pattern-access.ts",
];

describe("the shared modules the web app imports for values", () => {
  it.each(ZOD_FREE)("%s imports nothing at run time but the pure domain", (file) => {
    const text = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
    const runtimeImports = text
      .split("\n")
      .filter((line) => /^\s*(import|export)\b.*\bfrom\b/.test(line))
      .filter((line) => !/^\s*(import|export) type\b/.test(line))
      .filter((line) => !/from "\.\.\/domain\/[\w-]+\.js";$/.test(line));
    expect(runtimeImports).toEqual([]);
  });
});
