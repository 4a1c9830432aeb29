import { describe, expect, it } from "vitest";
import { matchClass, normaliseEntity, type EntityKind } from "./entities.js";

describe("normalising an entity on a signal", () => {
  it.each<[EntityKind, string, string]>([
    ["phone", "06-12345678", "+31612345678"],
    ["phone", "+31612345678", "+31612345678"],
    ["phone", "0031 6 1234 5678", "+31612345678"],
    ["phone", "+32 470 12 34 56", "+32470123456"],
    ["vehicle", "ab-123-c", "AB123C"],
    ["vehicle", "AB 123 C", "AB123C"],
    ["vehicle", "  Zwarte   BMW ", "zwarte bmw"],
    ["address", "  Stationsweg 12,   Zutphen ", "stationsweg 12, zutphen"],
    ["place", "STATIONSWEG 12, Zutphen", "stationsweg 12, zutphen"],
    ["person_name", "Oom  Karim", "oom karim"],
    ["social_handle", "@Snap_Boy99", "snap_boy99"],
  ])("%s %j becomes %j", (kind, raw, expected) => {
    expect(normaliseEntity(kind, raw)).toEqual({ ok: true, value: expected });
  });

  it.each<[EntityKind, string]>([
    ["phone", "12"],
    ["phone", "bel me"],
    ["address", "   "],
    ["social_handle", "@@"],
  ])("%s %j is refused", (kind, raw) => {
    expect(normaliseEntity(kind, raw).ok).toBe(false);
  });

  it("an address and a place match each other, other kinds only themselves", () => {
    expect(matchClass("place")).toBe(matchClass("address"));
    expect(matchClass("phone")).not.toBe(matchClass("social_handle"));
  });
});
