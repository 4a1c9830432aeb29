/**
 * TOTP two-factor enrolment: setup returns a fresh secret (kept encrypted, pending until
 * confirmed with a valid code); confirm turns 2FA on for the account.
 */
import { Secret, TOTP } from "otpauth";
import { DomainError } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { findUserById, setTotpSecret } from "../../db/repositories/user.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

const pending = new Map<string, { secret: string; until: number }>();

export function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: "InZicht",
    label,
    secret: Secret.fromBase32(secretBase32),
    algorithm: "SHA1",
    digits: 6,
    period: 30,
  });
}

export async function setupTotp(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await findUserById(deps.db, ctx.actor.userId);
  if (!user) throw new DomainError("UNAUTHENTICATED", "Log in to continue.");
  const secret = new Secret({ size: 20 }).base32;
  pending.set(user.id, { secret, until: ctx.now.getTime() + 10 * 60_000 });
  return { secret, otpauthUrl: totpFor(secret, user.email).toString() };
}

export async function confirmTotp(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  code: string,
): Promise<void> {
  const p = pending.get(ctx.actor.userId);
  if (!p || p.until < ctx.now.getTime())
    throw new DomainError("CONFLICT", "Start the set-up again; the code expired.");
  if (
    totpFor(p.secret, "x").validate({ token: code, window: 1, timestamp: ctx.now.getTime() }) ===
    null
  ) {
    throw new DomainError("VALIDATION_FAILED", "The code is not correct.", {
      details: [{ path: "totp", message: "incorrect" }],
    });
  }
  pending.delete(ctx.actor.userId);
  await deps.db.transaction().execute(async (trx) => {
    await setTotpSecret(
      trx,
      ctx.actor.userId,
      deps.crypto.encrypt(p.secret),
      ctx.now.toISOString(),
    );
    await appendAudit(trx, auditContext(ctx), {
      action: "auth.totp_enabled",
      recordType: "user",
      recordIds: [ctx.actor.userId],
    });
  });
}
