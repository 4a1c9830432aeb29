import { describe, expect, it } from "vitest";
import { STEP_FIELDS } from "../domain/steps/options.js";
import { STEP_KINDS } from "../domain/steps/traject.js";
import { STEP_WHAT } from "./steps.schema.js";

describe("the step forms' field lists", () => {
  it.each(STEP_KINDS)("list exactly the fields of the %s schema", (step) => {
    type Part = { shape?: Record<string, unknown>; unwrap?: () => Part };
    const shape = STEP_WHAT[step].shape as Record<string, Part>;
    // A defaulted object (the safety check's answers) lists the fields of the object inside.
    const inner = (p: Part | undefined): Part | undefined => (p?.shape ? p : p?.unwrap?.());
    const fromSchema = Object.keys(shape).flatMap((k) =>
      k === "answers" ? Object.keys(inner(shape[k])?.shape ?? {}).map((q) => `answers.${q}`) : [k],
    );
    expect([...STEP_FIELDS[step]].sort()).toEqual(fromSchema.sort());
  });
});
