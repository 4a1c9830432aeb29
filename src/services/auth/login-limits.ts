/**
 * The login limits, shared by login and by re-authentication (changing the second factor), so
 * guessing a password through either path counts against the same budget.
 */
import { RateLimiter } from "./rate-limiter.js";

export const LOGIN_LIMITS = { maxFailures: 5, lockMinutes: 15 };

/** Login attempts per IP per 15 minutes (INZICHT_LOGIN_IP_LIMIT; raised only for test runs). */
const ipLimit = Number.parseInt(process.env.INZICHT_LOGIN_IP_LIMIT ?? "", 10);

/** Attempts per client address. */
export const perIp = new RateLimiter(
  "ip",
  Number.isFinite(ipLimit) && ipLimit > 0 ? ipLimit : 30,
  15 * 60_000,
);

/**
 * Failures per email address, counted the same way whether or not an account exists, so the
 * sixth try answers 429 for both: the lockout does not tell which addresses have an account.
 */
export const perAccount = new RateLimiter(
  "account",
  LOGIN_LIMITS.maxFailures,
  LOGIN_LIMITS.lockMinutes * 60_000,
);
