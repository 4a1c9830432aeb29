/**
 * Login with email + password (+ TOTP when the account has 2FA). The same 401 for an unknown
 * email and a wrong password, with the same work done; rate limits per IP and per account;
 * a temporary lockout after repeated failures.
 */
import { randomBytes } from "node:crypto";
import { TOTP, Secret } from "otpauth";
import { DomainError } from "../../domain/errors.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
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
  type UserRow,
} from "../../db/repositories/user.repository.js";
import { auditContext, type RequestContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { dummyHash, verifyPassword } from "./passwords.js";
import { RateLimiter } from "./rate-limiter.js";

export const LOGIN_LIMITS = { maxFailures: 5, lockMinutes: 15 };
/** Login attempts per IP per 15 minutes (INZICHT_LOGIN_IP_LIMIT; raised only for test runs). */
const ipLimit = Number.parseInt(process.env.INZICHT_LOGIN_IP_LIMIT ?? "", 10);
const perIp = new RateLimiter(Number.isFinite(ipLimit) && ipLimit > 0 ? ipLimit : 30, 15 * 60_000);
/**
 * Failures per email address, counted the same way whether or not an account exists, so the
 * sixth try answers 429 for both: the lockout does not tell which addresses have an account.
 */
const perAccount = new RateLimiter(LOGIN_LIMITS.maxFailures, LOGIN_LIMITS.lockMinutes * 60_000);

/** Clears the in-memory limiters (tests). */
export function resetLoginLimiters(): void {
  (perIp as unknown as { hits: Map<string, unknown> }).hits.clear();
  (perAccount as unknown as { hits: Map<string, unknown> }).hits.clear();
}

export type LoginResult =
  | { kind: "two_factor_required" }
  | { kind: "ok"; user: UserRow; sessionId: string; csrfToken: string; expiresAt: Date };

const INVALID = () => new DomainError("UNAUTHENTICATED", "E-mailadres of wachtwoord klopt niet.");

/** One answer for every limit and lockout (per address, per account, durable lock). */
function limited(seconds: number): DomainError {
  return new DomainError("RATE_LIMITED", "Te veel pogingen. Probeer het later opnieuw.", {
    retryAfterSeconds: seconds,
  });
}

function totpValid(deps: ServiceDeps, user: UserRow, code: string, now: Date): boolean {
  if (!user.totp_secret) return true;
  const totp = new TOTP({ secret: Secret.fromBase32(deps.crypto.decrypt(user.totp_secret)) });
  return totp.validate({ token: code, window: 1, timestamp: now.getTime() }) !== null;
}

/** Verifies the credentials and opens a new session (the old one, if any, is dropped). */
export async function login(
  deps: ServiceDeps,
  ctx: RequestContext,
  input: {
    email: string;
    password: string;
    totp?: string | undefined;
    previousSessionId?: string | undefined;
  },
): Promise<LoginResult> {
  const now = ctx.now.getTime();
  const email = input.email.trim().toLowerCase();
  const ipKey = ctx.ip ?? "unknown";
  const wait = Math.max(perIp.retryAfter(ipKey, now), perAccount.retryAfter(email, now));
  if (wait > 0) throw limited(wait);
  perIp.hit(ipKey, now);

  const user = await findUserByEmail(deps.db, email);
  const passwordOk = await verifyPassword(
    user?.password_hash ?? (await dummyHash()),
    input.password,
  );
  const audit = auditContext(ctx);
  if (!user || user.status !== "active" || !user.password_hash) {
    perAccount.hit(email, now);
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
    perAccount.hit(email, now);
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
  if (user.totp_secret && !input.totp) return { kind: "two_factor_required" };
  if (input.totp && !totpValid(deps, user, input.totp, ctx.now)) {
    perAccount.hit(email, now);
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
      details: { totp: true },
    });
    throw INVALID();
  }

  perAccount.reset(email);
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
    { action: "auth.login" },
  );
  return { kind: "ok", user, sessionId, csrfToken, expiresAt };
}
