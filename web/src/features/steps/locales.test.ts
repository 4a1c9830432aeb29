import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import navEn from "./locales/nav.en.json";
import navNl from "./locales/nav.nl.json";
import nl from "./locales/nl.json";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("the steps screens' texts", () => {
  it("have the same keys in Dutch and English", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    expect(keys(navEn).sort()).toEqual(keys(navNl).sort());
  });

  it("are never empty, except the unused 'unanswered' reason", () => {
    const entries = (o: object, p = ""): [string, unknown][] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === "object" ? entries(v as object, `${p}${k}.`) : [[`${p}${k}`, v]],
      );
    for (const [k, v] of [...entries(nl), ...entries(en)])
      if (!k.endsWith("reason.unanswered")) expect(String(v).trim(), k).not.toBe("");
  });
});
