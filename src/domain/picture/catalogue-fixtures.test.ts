/**
 * The worked examples use indicators copied from the catalogue. When the catalogue changes an
 * indicator's category, types, tier or flags, this test fails: update testkit.ts and let a domain
 * expert look again at the worked examples in evaluate.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { IND } from "./testkit.js";

const dir = fileURLToPath(new URL("../../../content/catalog/indicators/", import.meta.url));

function catalogueIndicators(): Map<string, unknown> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  const items = files.flatMap((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown[]);
  const byId = new Map<string, unknown>();
  for (const item of items) {
    if (typeof item === "object" && item !== null && "id" in item && typeof item.id === "string") {
      byId.set(item.id, item);
    }
  }
  return byId;
}

describe("the example indicators match the catalogue", () => {
  const catalogue = catalogueIndicators();

  it.each(Object.entries(IND))("%s", (_name, example) => {
    expect(catalogue.get(example.indicatorId)).toMatchObject({
      id: example.indicatorId,
      category: example.category,
      types: example.types,
      tier: example.tier,
      acute: example.acute,
      control: example.control,
    });
    const entry = catalogue.get(example.indicatorId) as Record<string, unknown> | undefined;
    expect(entry?.["iloElement"] ?? null).toBe(example.iloElement ?? null);
    expect(entry?.["describesExploitation"] ?? false).toBe(example.describesExploitation ?? false);
  });
});
