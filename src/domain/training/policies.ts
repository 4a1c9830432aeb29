/**
 * Who may see and change training records (issue 9). Learners see their own records; team leads
 * their organisation's; trainers all; researchers only aggregates with small cells suppressed.
 * Pure; built on the global "training.dashboard" rule of ../policies.ts.
 */
import { DomainError } from "../errors.js";
import { allowed, type Actor } from "../policies.js";

/** What part of the training figures an actor may see. */
export type TrainingScope =
  | { readonly kind: "all" }
  | { readonly kind: "organisation"; readonly organisationId: string }
  | { readonly kind: "aggregates" };

const isTrainer = (actor: Actor): boolean => actor.roles.includes("trainer");
const isTeamLeadOf = (actor: Actor, organisationId: string): boolean =>
  actor.roles.includes("team_lead") && actor.organisationId === organisationId;

/**
 * The dashboard scope of an actor: trainers see everything, team leads their own organisation,
 * researchers aggregates only; null for everyone else.
 */
export function trainingDashboardScope(actor: Actor): TrainingScope | null {
  if (isTrainer(actor)) return { kind: "all" };
  if (allowed(actor, "training.dashboard") && actor.roles.includes("team_lead")) {
    return { kind: "organisation", organisationId: actor.organisationId };
  }
  if (actor.roles.includes("researcher")) return { kind: "aggregates" };
  return null;
}

/** The actor's dashboard scope, or FORBIDDEN when they have none. */
export function requireDashboardScope(actor: Actor): TrainingScope {
  const scope = trainingDashboardScope(actor);
  if (!scope) throw new DomainError("FORBIDDEN", "You are not allowed to see training figures.");
  return scope;
}

/** True when the actor may see named training records of people in this organisation. */
export function canSeeTrainingRecordsOf(actor: Actor, organisationId: string): boolean {
  return isTrainer(actor) || isTeamLeadOf(actor, organisationId);
}

/** True when the actor may list named records across all organisations. */
export function canSeeAllTrainingRecords(actor: Actor): boolean {
  return isTrainer(actor);
}

/** Only trainers record classroom trainings. */
export function canRecordClassroomTraining(actor: Actor): boolean {
  return isTrainer(actor);
}

/** Trainers set any organisation's refresher interval; team leads their own organisation's. */
export function canSetRefresherInterval(actor: Actor, organisationId: string): boolean {
  return isTrainer(actor) || isTeamLeadOf(actor, organisationId);
}

/** Throws FORBIDDEN unless the check passed. */
export function authorizeTraining(ok: boolean): void {
  if (!ok) throw new DomainError("FORBIDDEN", "You are not allowed to do this.");
}
