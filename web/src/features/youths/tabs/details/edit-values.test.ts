import { describe, expect, it } from "vitest";
import { isEmptyUpdate, toUpdateBody, type EditValues } from "./edit-values";

const before: EditValues = {
  displayName: "Amir K.",
  vNumber: "V-1234-5678",
  bsn: "",
  dateOfBirth: "2010-01-01",
  dateOfBirthEstimated: true,
  nationality: "SY",
  languages: "ar",
  gender: "male",
  status: "present",
};

describe("the edit form's PATCH body", () => {
  it("sends only the version when nothing changed", () => {
    const body = toUpdateBody(before, { ...before, languages: " ar " }, 3);
    expect(body).toEqual({ version: 3 });
    expect(isEmptyUpdate(body)).toBe(true);
  });

  it("sends changed fields, and null for a cleared optional field", () => {
    expect(
      toUpdateBody(before, { ...before, vNumber: "", nationality: "ER", gender: "" }, 2),
    ).toEqual({ version: 2, vNumber: null, nationality: "ER", gender: null });
  });
});
