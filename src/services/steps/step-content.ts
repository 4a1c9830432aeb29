/**
 * Checks the "what" of a step: a draft may be partial, a completed step must be whole and make
 * sense (a reason where the Meldcode asks for one). Throws VALIDATION_FAILED with field paths.
 */
import { validationFailed, type ErrorDetail } from "../../domain/errors.js";
import {
  followsSuggestion,
  suggestDecision,
  type WeighSuggestion,
} from "../../domain/steps/afwegingskader.js";
import { SAFETY_QUESTIONS } from "../../domain/steps/options.js";
import type { StepKind } from "../../domain/steps/traject.js";
import { STEP_WHAT, type StepWhat } from "../../shared/steps.schema.js";

/** A reason must say something. */
const MIN_WHY = 10;

/** The validated "what" (partial for drafts). */
export function parseStepWhat(
  step: StepKind,
  what: Record<string, unknown>,
  draft: boolean,
): Record<string, unknown> {
  const schema = draft ? STEP_WHAT[step].partial() : STEP_WHAT[step];
  const result = schema.safeParse(what);
  if (!result.success) {
    throw validationFailed(
      draft ? "The draft has fields that are not valid." : "The step is not complete or not valid.",
      result.error.issues.map((i) => ({
        path: ["what", ...i.path.map(String)].join("."),
        message: i.message,
      })),
    );
  }
  return result.data as Record<string, unknown>;
}

function needWhy(why: string | undefined, message: string): ErrorDetail[] {
  return (why?.trim().length ?? 0) >= MIN_WHY ? [] : [{ path: "why", message }];
}

function decideProblems(
  what: StepWhat<"decide">,
  why: string | undefined,
  suggestion: WeighSuggestion | null,
): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const d = what.decisions;
  if (d.includes("no_action") && d.length > 1)
    out.push({ path: "what.decisions", message: "no action excludes the other decisions" });
  if (d.includes("no_action")) out.push(...needWhy(why, "say why no action is taken"));
  if ((d.includes("inform_police") || d.includes("report_police")) && !what.nonPunishmentNoted)
    out.push({ path: "what.nonPunishmentNoted", message: "read the non-punishment note first" });
  if (d.includes("organise_help") && (what.helpPlan?.length ?? 0) < 5)
    out.push({ path: "what.helpPlan", message: "describe the help" });
  if (suggestion && !followsSuggestion(suggestion, d))
    out.push(...needWhy(why, "say why you decide otherwise than the afwegingskader suggests"));
  return out;
}

/**
 * "Danger now" asks for something done at once (112, Veilig Thuis, a safe place, the police), or
 * a reason in "why" when nothing was done (PRODUCT.md: acute danger first). Not reviewed by a
 * domain expert yet: our own reading of the Meldcode's "acute onveiligheid".
 */
function safetyCheckProblems(
  what: StepWhat<"safety_check">,
  why: string | undefined,
): ErrorDetail[] {
  return [...safetyAnswerProblems(what), ...dangerActionProblems(what, why)];
}

function dangerActionProblems(
  what: StepWhat<"safety_check">,
  why: string | undefined,
): ErrorDetail[] {
  if (what.dangerNow !== "yes" || what.actions.length > 0) return [];
  return needWhy(why, "tick what was done about the danger, or say why nothing was done").map(
    (d) => ({ ...d, path: "what.actions" }),
  );
}

/**
 * A completed safety check records what the youth said to at least one of its questions (the
 * check is the questions). The problem sits on the first question, so the form can link to it.
 * Our own design, like the rule above.
 */
function safetyAnswerProblems(what: StepWhat<"safety_check">): ErrorDetail[] {
  const given = SAFETY_QUESTIONS.some((q) => (what.answers[q]?.trim().length ?? 0) > 0);
  if (given) return [];
  return [
    {
      path: `what.answers.${SAFETY_QUESTIONS[0]}`,
      message: "write down what the youth said to at least one question",
    },
  ];
}

/** A handover at 18 names the adult care coordination, the day and what they need to know. */
function handoverProblems(what: Record<string, unknown>): ErrorDetail[] {
  const w = what as StepWhat<"close">;
  if (w.reason !== "handover_at_18") return [];
  const out: ErrorDetail[] = [];
  if ((w.handoverTo?.length ?? 0) < 2)
    out.push({ path: "what.handoverTo", message: "name the adult care coordination" });
  if (!w.handoverOn) out.push({ path: "what.handoverOn", message: "give the day of the handover" });
  if ((w.handoverNote?.length ?? 0) < 10)
    out.push({ path: "what.handoverNote", message: "write the handover note" });
  return out;
}

/** Problems that keep a step from being completed (beyond the schema). */
export function completionProblems(
  step: StepKind,
  what: Record<string, unknown>,
  why: string | undefined,
  latestSuggestion: WeighSuggestion | null,
): ErrorDetail[] {
  switch (step) {
    case "safety_check":
      return safetyCheckProblems(what as StepWhat<"safety_check">, why);
    case "inform_youth":
      return (what as StepWhat<"inform_youth">).outcome === "not_safe_to_talk"
        ? needWhy(why, "say why talking with the youth is not safe")
        : [];
    case "weigh": {
      const s = suggestDecision((what as StepWhat<"weigh">).answers);
      return s.outcome === "incomplete" && s.nextQuestion
        ? [{ path: `what.answers.${s.nextQuestion}`, message: "answer this question" }]
        : [];
    }
    case "decide":
      return decideProblems(what as StepWhat<"decide">, why, latestSuggestion);
    case "close":
      return [...needWhy(why, "say why the traject is closed"), ...handoverProblems(what)];
    default:
      return [];
  }
}

/** Throws when a step cannot be completed as it is. */
export function assertCompletable(
  step: StepKind,
  what: Record<string, unknown>,
  why: string | undefined,
  latestSuggestion: WeighSuggestion | null,
): void {
  const problems = completionProblems(step, what, why, latestSuggestion);
  if (problems.length > 0) throw validationFailed("The step cannot be completed yet.", problems);
}
