import { describe, expect, it } from "vitest";
import { freeText, isCleanJson, lineText, opaqueText, secretText } from "./text.schema.js";

describe("the shared string types refuse control characters", () => {
  it.each([
    ["a NUL byte", "a\u0000b", false, false],
    ["a bell", "a\u0007b", false, false],
    ["DEL", "a\u007fb", false, false],
    ["a C1 control", "a\u0085b", false, false],
    ["a line break", "eerste regel\ntweede regel", true, false],
    ["a carriage return and a tab", "a\r\n\tb", true, false],
    ["plain text with accents and emoji", "Zorgcoördinator 😀 مرحبا", true, true],
  ])("%s: free text %s, single line %s", (_what, value, free, line) => {
    expect(freeText(0, 100).safeParse(value).success).toBe(free);
    expect(secretText(0, 100).safeParse(value).success).toBe(free);
    expect(lineText(0, 100).safeParse(value).success).toBe(line);
    expect(opaqueText(100).safeParse(value).success).toBe(line);
  });

  it("the refusal names what is wrong", () => {
    const r = lineText(1, 10).safeParse("x\u0000");
    expect(r.error?.issues[0]?.message).toContain("NUL");
  });

  it("free JSON objects are checked at every depth, keys included", () => {
    expect(isCleanJson({ a: [{ b: "ok\nok" }], c: 1, d: null })).toBe(true);
    expect(isCleanJson({ a: [{ b: "x\u0000" }] })).toBe(false);
    expect(isCleanJson({ "k\u0000": "x" })).toBe(false);
  });
});
