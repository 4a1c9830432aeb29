import { describe, expect, it } from "vitest";
import {
  emptyYouthForm,
  possibleDuplicates,
  splitLanguages,
  toRegisterBody,
} from "./youth-form-values";

describe("the register form's values", () => {
  it("languages typed with commas become a list", () => {
    expect(splitLanguages(" ar, fr ;; ti ")).toEqual(["ar", "fr", "ti"]);
  });

  it("empty optional fields are left out of the body", () => {
    const body = toRegisterBody(
      { ...emptyYouthForm("loc"), displayName: " Amir ", dateOfBirth: "2010-01-01" },
      false,
    );
    expect(body).toMatchObject({ displayName: "Amir", locationId: "loc", languages: [] });
    expect(body.vNumber).toBeUndefined();
    expect(body.gender).toBeUndefined();
    expect(body.confirmNotDuplicate).toBe(false);
  });

  it("the duplicate warning's dossier ids come from the error paths", () => {
    expect(
      possibleDuplicates([
        { path: "possibleDuplicate.abc-1", message: "COA Zutphen" },
        { path: "displayName", message: "x" },
      ]),
    ).toEqual([{ youthId: "abc-1", organisation: "COA Zutphen" }]);
  });
});
