import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The web app imports these src/shared modules for their value lists. They must stay free of
 * imports (zod above all, 25 kB gzip), or every chunk that uses a list would ship it.
 */
const ZOD_FREE = ["youth-values.ts", "signal-values.ts", "notification-kinds.ts", "audit.types.ts"];

describe("the shared modules the web app imports for values", () => {
  it.each(ZOD_FREE)("%s imports nothing at run time", (file) => {
    const text = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
    const runtimeImports = text
      .split("\n")
      .filter((line) => /^\s*(import|export)\b.*\bfrom\b/.test(line))
      .filter((line) => !/^\s*(import|export) type\b/.test(line));
    expect(runtimeImports).toEqual([]);
  });
});
