import { describe, expect, it } from "vitest";
import { clean, toggle } from "./values";

describe("form values", () => {
  it("drops empty text and empty objects, keeps booleans and lists", () => {
    expect(
      clean({ a: "", b: "  x ", c: { d: "" }, e: false, f: [], g: { h: "yes" }, i: undefined }),
    ).toEqual({ b: "x", e: false, f: [], g: { h: "yes" } });
  });

  it("toggles a value in a list once", () => {
    expect(toggle(["a"], "b", true)).toEqual(["a", "b"]);
    expect(toggle(["a", "b"], "a", false)).toEqual(["b"]);
    expect(toggle(["a"], "a", true)).toEqual(["a"]);
  });
});
