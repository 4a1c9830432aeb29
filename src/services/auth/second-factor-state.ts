/** Where a person stands with two-step login: required by their role, on, still to do (issue 20). */
import { secondFactorPending } from "../../domain/policies.js";
import type { Role } from "../../domain/roles.js";
import { countRecoveryCodesLeft } from "../../db/repositories/recovery-code.repository.js";
import type { UserRow } from "../../db/repositories/user.repository.js";
import type { SecondFactorState, SecondFactorView } from "../../shared/auth.schema.js";
import type { ServiceDeps } from "../deps.js";

/** The state the session view carries, so the SPA sends a pending person to enrolment. */
export function secondFactorState(
  deps: ServiceDeps,
  user: UserRow,
  roles: readonly Role[],
  hasSecondFactor: boolean,
): SecondFactorState {
  const { requiredRoles, demoExempt } = deps.config.secondFactor;
  return {
    required: roles.some((r) => requiredRoles.includes(r)),
    enrolled: user.totp_secret !== null,
    pending: secondFactorPending(roles, requiredRoles, hasSecondFactor),
    demoExempt,
  };
}

/** The settings page's view: the state, the recovery codes left and the deployment's roles. */
export async function getSecondFactor(
  deps: ServiceDeps,
  user: UserRow,
  roles: readonly Role[],
  hasSecondFactor: boolean,
): Promise<SecondFactorView> {
  return {
    ...secondFactorState(deps, user, roles, hasSecondFactor),
    recoveryCodesLeft: user.totp_secret ? await countRecoveryCodesLeft(deps.db, user.id) : 0,
    requiredRoles: [...deps.config.secondFactor.requiredRoles],
  };
}
