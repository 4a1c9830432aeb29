import { describe, expect, it } from "vitest";
import { filtersFromParams, filtersToParams } from "./audit-filters";

describe("the access-log filters", () => {
  it("leave empty filters out of the query", () => {
    const params = filtersToParams({
      youthId: " abc ",
      userId: "",
      action: "youth.read",
      from: "",
      to: "2026-01-31",
    });
    expect(params.toString()).toBe("youthId=abc&action=youth.read&to=2026-01-31");
  });

  it("read back what they wrote", () => {
    const f = filtersFromParams(new URLSearchParams("userId=u1&from=2026-01-01"));
    expect(f).toEqual({ youthId: "", userId: "u1", action: "", from: "2026-01-01", to: "" });
  });
});
