/**
 * The label in front of a right answer the learner did not choose. "Ook goed:" ("also right")
 * only fits when the learner found at least one right answer and missed another; after a wrong
 * answer (no right option chosen) it is "Het goede antwoord:" or, with several, "Goede
 * antwoorden:" (i18next plural by the number missed).
 */
import type { ExerciseResultView } from "../../../../src/shared/training.schema";

type Choice = Extract<ExerciseResultView, { kind: "choice" }>;

/** The i18n key and count for the label before each missed right option. */
export function missedLabel(result: Pick<Choice, "chosen" | "missed">): {
  key: "training.exercise.missed" | "training.exercise.rightAnswer";
  count: number;
} {
  const foundOne = result.chosen.some((c) => c.correct);
  return foundOne
    ? { key: "training.exercise.missed", count: result.missed.length }
    : { key: "training.exercise.rightAnswer", count: result.missed.length };
}
