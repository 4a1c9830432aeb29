import { describe, expect, it } from "vitest";
import { CIRCLE_RELATION_VALUES, GENDER_VALUES } from "../../../../src/shared/youth.schema";
import { CIRCLE_RELATIONS, GENDERS } from "./values";

describe("the forms' value lists", () => {
  it("match the API's", () => {
    expect(GENDERS).toEqual(GENDER_VALUES);
    expect(CIRCLE_RELATIONS).toEqual(CIRCLE_RELATION_VALUES);
  });
});
