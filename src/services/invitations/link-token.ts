/**
 * Tokens of single-use links (invitation, password reset): 32 random bytes, base64url in the
 * link; the database keeps only the sha-256 (hex), so a copy of the database opens no account.
 */
import { createHash, randomBytes } from "node:crypto";

/** A new token and its hash. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Attempts per client address on the public link routes (looking up and using a token). */
export const LINK_LIMIT = { perIp: 60, windowMs: 15 * 60_000 } as const;
