/**
 * Re-authentication before a change to the login itself (turning 2FA on, replacing or removing
 * it): a session alone is not enough, because whoever holds a stolen session could otherwise
 * lock the owner out with a second factor of their own. Wrong answers count against the same
 * limits as a failed login (per account, durable lockout), so this is no side door for guessing.
 */
import { DomainError } from "../../domain/errors.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { recordLoginFailure, type UserRow } from "../../db/repositories/user.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { limited, totpAccepted } from "./login.js";
import { LOGIN_LIMITS, perAccount } from "./login-limits.js";
import { verifyPassword } from "./passwords.js";

export interface ReauthInput {
  password: string;
  /** The current second factor's code; required when 2FA is on. */
  totp?: string | undefined;
}

function wrong(path: "password" | "totp", message: string): DomainError {
  return new DomainError("VALIDATION_FAILED", message, {
    details: [{ path, message: "incorrect" }],
  });
}

/** Throws unless the password (and, with 2FA on, a current unused code) are right. */
export async function reauthenticate(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  user: UserRow,
  input: ReauthInput,
): Promise<void> {
  const wait = await perAccount.retryAfter(deps, user.email, ctx.now);
  if (wait > 0) throw limited(wait);
  if (user.locked_until && new Date(user.locked_until).getTime() > ctx.now.getTime()) {
    throw limited(Math.ceil((new Date(user.locked_until).getTime() - ctx.now.getTime()) / 1000));
  }
  const fail = async (what: "password" | "totp"): Promise<never> => {
    await perAccount.hit(deps, user.email, ctx.now);
    await recordLoginFailure(
      deps.db,
      user,
      ctx.now,
      LOGIN_LIMITS.maxFailures,
      LOGIN_LIMITS.lockMinutes,
    );
    await appendAuditNow(deps.db, auditContext(ctx), {
      action: "auth.login_failed",
      outcome: "denied",
      recordType: "user",
      recordIds: [user.id],
      details: { reauth: true, totp: what === "totp" },
    });
    throw what === "password"
      ? wrong("password", "The password is not correct.")
      : wrong("totp", "The code is not correct.");
  };
  if (!user.password_hash || !(await verifyPassword(user.password_hash, input.password))) {
    return fail("password");
  }
  if (!user.totp_secret) return;
  if (!input.totp) {
    throw new DomainError("VALIDATION_FAILED", "Enter a code from your authenticator app.", {
      details: [{ path: "totp", message: "required" }],
    });
  }
  if (!(await totpAccepted(deps, user, input.totp, ctx.now))) return fail("totp");
}
