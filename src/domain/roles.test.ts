import { describe, expect, it } from "vitest";
import { allowedRelations } from "./roles.js";

describe("the relations a professional may have in a circle", () => {
  it("are their own casework roles, or other", () => {
    expect(allowedRelations(["mentor"])).toEqual(["mentor", "other"]);
    expect(allowedRelations(["team_lead", "mentor"])).toEqual(["mentor", "team_lead", "other"]);
    expect(allowedRelations(["guardian"])).toEqual(["guardian", "other"]);
  });

  it("are only 'school' for a school member", () => {
    expect(allowedRelations(["school"])).toEqual(["school"]);
  });

  it("never include 'school' for someone who is not only a school member", () => {
    expect(allowedRelations(["mentor", "school"])).toEqual(["mentor", "other"]);
  });

  it("are none without a casework role", () => {
    expect(allowedRelations(["privacy_officer"])).toEqual([]);
  });
});
