import { describe, expect, it } from "vitest";
import { afterAdd, chooseRelation, pickPerson, suggestedRelation } from "./add-member-state";

const guardian = { roles: ["guardian"] };
const mentor = { roles: ["mentor", "team_lead"] };
const trainer = { roles: ["trainer"] };

describe("the relation in the add-member form", () => {
  it.each([
    ["a guardian", guardian, "guardian"],
    ["a mentor who is also team lead", mentor, "mentor"],
    ["someone whose role is not a circle relation", trainer, "other"],
  ])("picking %s proposes %s", (_n, person, relation) => {
    expect(pickPerson("u1", person).relation).toBe(relation);
  });

  it("after adding someone, the form does not fall back to 'Anders' but waits for the next person", () => {
    let choice = pickPerson("u1", mentor);
    choice = chooseRelation(choice, "school");
    expect(choice).toEqual({ userId: "u1", relation: "school" });
    choice = afterAdd();
    expect(choice.relation).not.toBe("other");
    expect(choice).toEqual({ userId: "", relation: "" });
    // The next person gets their own role, not the previous one and not "other".
    expect(pickPerson("u2", guardian)).toEqual({ userId: "u2", relation: "guardian" });
  });

  it("un-picking the person clears the relation too", () => {
    expect(pickPerson("", undefined)).toEqual({ userId: "", relation: "" });
    expect(suggestedRelation(undefined)).toBe("");
  });
});
