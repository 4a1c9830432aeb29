/**
 * Who may act on steps, reports and missing episodes. Builds on the dossier rules of
 * ../policies.ts (canReach, allowedOnYouth) instead of changing them: reading follows "read the
 * full dossier" (a school sees no steps), acting follows "record a judgement" (the core circle,
 * the location's team lead, emergency access). Pure.
 */
import { DomainError } from "../errors.js";
import { allowedOnYouth, canReach, type Actor, type YouthRelation } from "../policies.js";

export const STEP_ACTIONS = [
  "steps.read",
  "steps.change",
  "report.read",
  "report.create",
  "report.export",
  "missing.read",
  "missing.change",
  "safety.handle",
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

type Rule = (actor: Actor, rel: YouthRelation) => boolean;

const readsFull: Rule = (a, rel) => allowedOnYouth(a, "youth.readFull", rel);
const actsOnConcern: Rule = (a, rel) => allowedOnYouth(a, "judgement.create", rel);
/** Reports leave the organisation: the core circle or the team lead, not emergency access. */
const makesReports: Rule = (a, rel) => allowedOnYouth(a, "youth.update", rel);

const rules: Record<StepAction, Rule> = {
  "steps.read": readsFull,
  "steps.change": actsOnConcern,
  "report.read": readsFull,
  "report.create": makesReports,
  "report.export": readsFull,
  "missing.read": readsFull,
  "missing.change": actsOnConcern,
  "safety.handle": actsOnConcern,
};

/** True when the actor may take the action on this youth. */
export function allowedStep(actor: Actor, action: StepAction, rel: YouthRelation): boolean {
  return canReach(actor, rel) && rules[action](actor, rel);
}

/** Throws FORBIDDEN unless allowed (out-of-reach youths are refused as NOT_FOUND earlier). */
export function authorizeStep(actor: Actor, action: StepAction, rel: YouthRelation): void {
  if (!allowedStep(actor, action, rel)) {
    throw new DomainError("FORBIDDEN", "You are not allowed to do this for this youth.");
  }
}

/** Every step action → allowed, for the SPA. */
export function stepAbilities(actor: Actor, rel: YouthRelation): Record<StepAction, boolean> {
  return Object.fromEntries(STEP_ACTIONS.map((a) => [a, allowedStep(actor, a, rel)])) as Record<
    StepAction,
    boolean
  >;
}

/** The guardian's signature is recorded by the youth's guardian in the circle, no one else. */
export function isGuardianOf(rel: YouthRelation): boolean {
  return rel.membership?.relation === "guardian" && !rel.membership.readOnly;
}
