/** The starting values of each step's form, and the fields an error summary can link to. */
import type { StepKind } from "../../../../../src/domain/steps/traject";
import { STEP_FIELDS } from "../../../../../src/domain/steps/options";
import { today, type Loose } from "../values";

/** Initial "what" of a new step record. */
export function stepDefaults(step: StepKind, myId: string): Loose {
  switch (step) {
    case "safety_check":
      return { askedOn: today(), answers: {}, actions: [] };
    case "consult":
      return { consultedOn: today(), anonymous: false };
    case "inform_youth":
      return { informedOn: today(), interpreter: false, topics: [], youthInfoShared: false };
    case "weigh":
      return { weighedOn: today(), answers: {}, withVeiligThuis: false };
    case "decide":
      return { decidedOn: today(), decisions: [], nonPunishmentNoted: false };
    case "monitor":
      return { reviewResponsibleId: myId };
    default:
      return {};
  }
}

/** "what.x" for every field of the step, then "why" (in form order). */
export function stepFieldPaths(step: StepKind): string[] {
  return [...STEP_FIELDS[step].map((f) => `what.${f}`), "why"];
}
