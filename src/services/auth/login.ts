/**
 * Login with email + password (+ TOTP when the account has 2FA). The same 401 for an unknown
 * email and a wrong password, with the same work done; rate limits per IP and per account;
 * a temporary lockout after repeated failures.
 */
import { randomBytes } from "node:crypto";
import { DomainError } from "../../domain/errors.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { clearLoginLimits } from "../../db/repositories/login-limit.repository.js";
import {
  hashSessionId,
  insertSession,
  deleteSession,
} from "../../db/repositories/session.repository.js";
import {
  findUserByEmail,
  recordLoginFailure,
  resetLoginFailures,
  rolesOf,
  useTotpStep,
  type UserRow,
} from "../../db/repositories/user.repository.js";
import { auditContext, type RequestContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { LOGIN_LIMITS, perAccount, perIp } from "./login-limits.js";
import { dummyHash, verifyPassword } from "./passwords.js";
import { recoveryCodeAccepted } from "./recovery-codes.js";
import { totpStep } from "./totp-code.js";
import { field } from "../../db/encrypted-columns.js";

export { LOGIN_LIMITS };

/**
 * Clears every login limit in this database (the load test logs in 50 sessions from one
 * address). The limits live in the database, shared by all instances.
 */
export function resetLoginLimiters(deps: Pick<ServiceDeps, "db">): Promise<void> {
  return clearLoginLimits(deps.db);
}

export type LoginResult =
  | { kind: "two_factor_required" }
  | { kind: "ok"; user: UserRow; sessionId: string; csrfToken: string; expiresAt: Date };

const INVALID = () => new DomainError("UNAUTHENTICATED", "E-mailadres of wachtwoord klopt niet.");

/** One answer for every limit and lockout (per address, per account, durable lock). */
export function limited(seconds: number): DomainError {
  return new DomainError("RATE_LIMITED", "Te veel pogingen. Probeer het later opnieuw.", {
    retryAfterSeconds: seconds,
  });
}

/**
 * True when the code is right for the user's secret AND its time step was not used before
 * (the step is marked used atomically, so a code logs in once, on any instance).
 */
export async function totpAccepted(
  deps: ServiceDeps,
  user: UserRow,
  code: string,
  now: Date,
): Promise<boolean> {
  if (!user.totp_secret) return false;
  const step = totpStep(
    deps.crypto.decrypt(user.totp_secret, field("users", "totp_secret", user.id)),
    code,
    now,
  );
  if (step === null) return false;
  return useTotpStep(deps.db, user.id, step);
}

/** Verifies the credentials and opens a new session (the old one, if any, is dropped). */
export async function login(
  deps: ServiceDeps,
  ctx: RequestContext,
  input: {
    email: string;
    password: string;
    totp?: string | undefined;
    /** A single-use recovery code, in place of the TOTP code. */
    recoveryCode?: string | undefined;
    previousSessionId?: string | undefined;
  },
): Promise<LoginResult> {
  const now = ctx.now.getTime();
  const email = input.email.trim().toLowerCase();
  const ipKey = ctx.ip ?? "unknown";
  const wait = Math.max(
    await perIp.retryAfter(deps, ipKey, ctx.now),
    await perAccount.retryAfter(deps, email, ctx.now),
  );
  if (wait > 0) throw limited(wait);
  await perIp.hit(deps, ipKey, ctx.now);

  const user = await findUserByEmail(deps.db, email);
  const passwordOk = await verifyPassword(
    user?.password_hash ?? (await dummyHash()),
    input.password,
  );
  const audit = auditContext(ctx);
  if (!user || user.status !== "active" || !user.password_hash) {
    await perAccount.hit(deps, email, ctx.now);
    await appendAuditNow(deps.db, audit, { action: "auth.login_failed", outcome: "denied" });
    throw INVALID();
  }
  const userAudit = { ...audit, actorId: user.id, actorOrgId: user.organisation_id };
  if (user.locked_until && new Date(user.locked_until).getTime() > now) {
    await appendAuditNow(deps.db, userAudit, {
      action: "auth.login_failed",
      outcome: "denied",
      details: { locked: true },
    });
    throw limited(Math.ceil((new Date(user.locked_until).getTime() - now) / 1000));
  }
  if (!passwordOk) {
    await perAccount.hit(deps, email, ctx.now);
    await recordLoginFailure(
      deps.db,
      user,
      ctx.now,
      LOGIN_LIMITS.maxFailures,
      LOGIN_LIMITS.lockMinutes,
    );
    await appendAuditNow(deps.db, userAudit, { action: "auth.login_failed", outcome: "denied" });
    throw INVALID();
  }
  if (user.totp_secret && !input.totp && !input.recoveryCode)
    return { kind: "two_factor_required" };
  const factorOk = !user.totp_secret
    ? true
    : input.totp
      ? await totpAccepted(deps, user, input.totp, ctx.now)
      : await recoveryCodeAccepted(deps, user, input.recoveryCode ?? "", ctx.now);
  if (!factorOk) {
    await perAccount.hit(deps, email, ctx.now);
    await recordLoginFailure(
      deps.db,
      user,
      ctx.now,
      LOGIN_LIMITS.maxFailures,
      LOGIN_LIMITS.lockMinutes,
    );
    await appendAuditNow(deps.db, userAudit, {
      action: "auth.login_failed",
      outcome: "denied",
      details: input.totp ? { totp: true } : { recoveryCode: true },
    });
    throw INVALID();
  }

  await perAccount.reset(deps, email);
  await resetLoginFailures(deps.db, user.id, ctx.now);
  if (input.previousSessionId) await deleteSession(deps.db, hashSessionId(input.previousSessionId));
  const sessionId = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now + deps.config.session.absoluteMinutes * 60_000);
  await insertSession(deps.db, {
    id_hash: hashSessionId(sessionId),
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: ctx.now.toISOString(),
    last_seen_at: ctx.now.toISOString(),
    expires_at: expiresAt.toISOString(),
  });
  await appendAuditNow(
    deps.db,
    { ...userAudit, actorRole: rolesOf(user)[0] ?? null },
    {
      action: "auth.login",
      ...(user.totp_secret && !input.totp ? { details: { recoveryCode: true } } : {}),
    },
  );
  return { kind: "ok", user, sessionId, csrfToken, expiresAt };
}
