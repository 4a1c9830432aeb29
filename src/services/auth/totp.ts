/**
 * TOTP two-factor enrolment. Setup asks for the password (and, when 2FA is already on, a code
 * of the current factor), then returns a fresh secret, kept encrypted and pending in the
 * database until confirmed with a valid code; confirm turns 2FA on. Removing 2FA asks for the
 * same. Every change tells the user by an in-app notification, so a change they did not make
 * is noticed.
 */
import { Secret } from "otpauth";
import { DomainError } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  deleteTotpEnrolment,
  findTotpEnrolment,
  takeTotpEnrolment,
  upsertTotpEnrolment,
} from "../../db/repositories/totp-enrolment.repository.js";
import {
  findUserById,
  setTotpSecret,
  type UserRow,
} from "../../db/repositories/user.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { reauthenticate, type ReauthInput } from "./reauthenticate.js";
import { totpFor, totpStep } from "./totp-code.js";
import { field } from "../../db/encrypted-columns.js";
import { revokeRecoveryCodes } from "../../db/repositories/recovery-code.repository.js";
import { secondFactorPending } from "../../domain/policies.js";
import { issueRecoveryCodes } from "./recovery-codes.js";

export { totpFor };

/** How long a started set-up waits for its confirming code. */
const PENDING_MINUTES = 10;

async function currentUser(deps: ServiceDeps, ctx: AuthenticatedContext): Promise<UserRow> {
  const user = await findUserById(deps.db, ctx.actor.userId);
  if (!user) throw new DomainError("UNAUTHENTICATED", "Log in to continue.");
  return user;
}

/** Starts (or restarts) enrolment after re-authentication; returns the new secret once. */
export async function setupTotp(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: ReauthInput,
): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await currentUser(deps, ctx);
  await reauthenticate(deps, ctx, user, input);
  const secret = new Secret({ size: 20 }).base32;
  await upsertTotpEnrolment(deps.db, {
    user_id: user.id,
    secret_enc: deps.crypto.encrypt(secret, field("totp_enrolments", "secret_enc", user.id)),
    created_at: ctx.now.toISOString(),
    expires_at: new Date(ctx.now.getTime() + PENDING_MINUTES * 60_000).toISOString(),
  });
  return { secret, otpauthUrl: totpFor(secret, user.email).toString() };
}

/**
 * Turns on (or replaces) 2FA with the pending secret, given a valid code from it; returns a new
 * set of recovery codes, shown this once (the previous set, if any, stops working).
 */
export async function confirmTotp(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const p = await findTotpEnrolment(deps.db, ctx.actor.userId);
  if (!p || new Date(p.expires_at).getTime() < ctx.now.getTime())
    throw new DomainError("CONFLICT", "Start the set-up again; the code expired.");
  const secret = deps.crypto.decrypt(
    p.secret_enc,
    field("totp_enrolments", "secret_enc", p.user_id),
  );
  const step = totpStep(secret, code, ctx.now);
  if (step === null) {
    throw new DomainError("VALIDATION_FAILED", "The code is not correct.", {
      details: [{ path: "totp", message: "incorrect" }],
    });
  }
  const user = await currentUser(deps, ctx);
  const replaced = user.totp_secret !== null;
  return deps.db.transaction().execute(async (trx) => {
    // Exactly the enrolment read above: a concurrent confirm or a newer set-up wins instead.
    if (!(await takeTotpEnrolment(trx, ctx.actor.userId, p.secret_enc)))
      throw new DomainError("CONFLICT", "Start the set-up again; the code expired.");
    await setTotpSecret(
      trx,
      ctx.actor.userId,
      deps.crypto.encrypt(secret, field("users", "totp_secret", ctx.actor.userId)),
      ctx.now.toISOString(),
    );
    // The confirming code is used up: it cannot also log in.
    await trx
      .updateTable("users")
      .set({ totp_last_step: step })
      .where("id", "=", ctx.actor.userId)
      .execute();
    await appendAudit(trx, auditContext(ctx), {
      action: "auth.totp_enabled",
      recordType: "user",
      recordIds: [ctx.actor.userId],
      details: { replaced },
    });
    await notifyUsers(trx, [ctx.actor.userId], {
      youthId: null,
      kind: "second_factor_enabled",
      level: null,
      at: ctx.now.toISOString(),
    });
    return { recoveryCodes: await issueRecoveryCodes(trx, ctx.actor.userId, ctx.now) };
  });
}

/** Turns 2FA off, after the password and a current code. */
export async function disableTotp(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: ReauthInput,
): Promise<void> {
  const user = await currentUser(deps, ctx);
  if (!user.totp_secret) {
    throw new DomainError("CONFLICT", "Two-step login is not on for this account.");
  }
  if (secondFactorPending(ctx.actor.roles, deps.config.secondFactor.requiredRoles, false)) {
    throw new DomainError(
      "CONFLICT",
      "Your role must use two-step login, so it cannot be turned off. You can replace it.",
    );
  }
  await reauthenticate(deps, ctx, user, input);
  await deps.db.transaction().execute(async (trx) => {
    await setTotpSecret(trx, user.id, null, ctx.now.toISOString());
    await deleteTotpEnrolment(trx, user.id);
    await revokeRecoveryCodes(trx, user.id, ctx.now.toISOString());
    await appendAudit(trx, auditContext(ctx), {
      action: "auth.totp_disabled",
      recordType: "user",
      recordIds: [user.id],
    });
    await notifyUsers(trx, [user.id], {
      youthId: null,
      kind: "second_factor_disabled",
      level: null,
      at: ctx.now.toISOString(),
    });
  });
}
