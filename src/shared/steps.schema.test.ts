import { describe, expect, it } from "vitest";
import { STEP_FIELDS } from "../domain/steps/options.js";
import { STEP_KINDS } from "../domain/steps/traject.js";
import { STEP_WHAT } from "./steps.schema.js";

describe("the step forms' field lists", () => {
  it.each(STEP_KINDS)("list exactly the fields of the %s schema", (step) => {
    const shape = STEP_WHAT[step].shape as Record<string, { shape?: Record<string, unknown> }>;
    const fromSchema = Object.keys(shape).flatMap((k) =>
      k === "answers" ? Object.keys(shape[k]?.shape ?? {}).map((q) => `answers.${q}`) : [k],
    );
    expect([...STEP_FIELDS[step]].sort()).toEqual(fromSchema.sort());
  });
});
