/**
 * Building blocks of the training content rules: problem types, text checks and the per-exercise
 * rules. Pure. The programme-wide entry point is `validateTraining` in validate.ts.
 */
import type { LocalizedText } from "../catalog/schema.js";
import type { Exercise } from "./schema.js";

export type TrainingProblemCode =
  | "module-missing"
  | "module-duplicate"
  | "module-order"
  | "duplicate-id"
  | "quiz-too-few-questions"
  | "quiz-passing-score"
  | "quiz-correct-count"
  | "explanation-missing"
  | "feedback-missing"
  | "choice-correct-count"
  | "ordering-positions"
  | "case-no-advised-option"
  | "catalog-link-unknown"
  | "text-missing"
  | "translation-shape"
  | "indicator-module-unknown";

export interface TrainingProblem {
  readonly code: TrainingProblemCode;
  /** The module the problem is in; null for programme-wide problems. */
  readonly moduleId: string | null;
  /** Where in the module, e.g. `quiz.questions[q3]`. */
  readonly path: string;
  readonly message: string;
}

/** Collects one problem at a path inside the module being checked. */
export type Report = (code: TrainingProblemCode, path: string, message: string) => void;

/** True when a localized text has non-blank Dutch and English. */
export const hasBoth = (text: Partial<Record<keyof LocalizedText, unknown>> | undefined): boolean =>
  text !== undefined &&
  typeof text.nl === "string" &&
  typeof text.en === "string" &&
  text.nl.trim() !== "" &&
  text.en.trim() !== "";

/** Paragraph and list-item counts, to see that a translation has the same shape. */
export const shape = (body: string): string => {
  const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  const items = body.split("\n").filter((line) => line.startsWith("- "));
  return `${paragraphs.length} paragraphs, ${items.length} list items`;
};

export function checkUnique(ids: readonly string[], path: string, report: Report): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) report("duplicate-id", path, `id "${id}" is used more than once`);
    seen.add(id);
  }
}

/** Every object shaped {nl, en} anywhere in the module must have text in both languages. */
export function checkTexts(value: unknown, path: string, report: Report): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkTexts(item, `${path}[${i}]`, report));
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  if ("nl" in record && "en" in record) {
    if (!hasBoth(record)) {
      report("text-missing", path, "text is missing in Dutch or English");
    }
    return;
  }
  for (const [key, child] of Object.entries(record)) checkTexts(child, `${path}.${key}`, report);
}

export function checkExercise(ex: Exercise, report: Report): void {
  const path = `exercises[${ex.id}]`;
  if (ex.kind === "choice") {
    checkUnique(
      ex.options.map((o) => o.id),
      path,
      report,
    );
    const correct = ex.options.filter((o) => o.correct).length;
    if (ex.multiple ? correct < 1 : correct !== 1) {
      const want = ex.multiple ? "at least one" : "exactly one";
      report("choice-correct-count", path, `has ${correct} correct options; needs ${want}`);
    }
    for (const o of ex.options) {
      if (!hasBoth(o.feedback))
        report("feedback-missing", `${path}.options[${o.id}]`, "no feedback");
    }
    return;
  }
  if (ex.kind === "ordering") {
    checkUnique(
      ex.items.map((i) => i.id),
      path,
      report,
    );
    const positions = ex.items.map((i) => i.position).sort((a, b) => a - b);
    if (positions.some((p, i) => p !== i + 1)) {
      report("ordering-positions", path, `positions must be 1..${ex.items.length}, each once`);
    }
    for (const item of ex.items) {
      if (!hasBoth(item.feedback))
        report("feedback-missing", `${path}.items[${item.id}]`, "no feedback");
    }
    return;
  }
  checkUnique(
    ex.steps.map((s) => s.id),
    path,
    report,
  );
  for (const step of ex.steps) {
    const stepPath = `${path}.steps[${step.id}]`;
    checkUnique(
      step.options.map((o) => o.id),
      stepPath,
      report,
    );
    if (!step.options.some((o) => o.correct)) {
      report("case-no-advised-option", stepPath, "no option is marked as advised (correct)");
    }
    for (const o of step.options) {
      if (!hasBoth(o.feedback))
        report("feedback-missing", `${stepPath}.options[${o.id}]`, "no feedback");
    }
  }
}
