/**
 * Recovery codes of two-step login (issue 19 "2FA in the app"): ten random codes of 80 bits,
 * shown once when 2FA is turned on and whenever the user replaces them, stored only as SHA-256
 * hashes (the codes are random and long, so a hash without a key cannot be reversed, and key
 * rotation leaves them valid). Each logs in once, in place of a TOTP code.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { DomainError } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  replaceRecoveryCodes,
  takeRecoveryCode,
} from "../../db/repositories/recovery-code.repository.js";
import { findUserById, type UserRow } from "../../db/repositories/user.repository.js";
import type { Trx } from "../../db/handles.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reauthenticate, type ReauthInput } from "./reauthenticate.js";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** One code: 16 base32 characters (80 bits) in groups of four, e.g. "K7QH-2MXD-PA4T-ZB6R". */
function newCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)?.join("-") ?? out;
}

/** Upper case without spaces and dashes, so "k7qh 2mxd…" is the same code. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

function hashCode(userId: string, code: string): string {
  return createHash("sha256")
    .update(`inzicht-recovery:${userId}:${normaliseRecoveryCode(code)}`)
    .digest("hex");
}

/** Revokes the user's codes and stores a new set in the transaction; returns the codes once. */
export async function issueRecoveryCodes(trx: Trx, userId: string, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await replaceRecoveryCodes(
    trx,
    userId,
    codes.map((c) => ({ id: randomUUID(), code_hash: hashCode(userId, c) })),
    now.toISOString(),
  );
  return codes;
}

/** Uses a recovery code of this user; true only once per code. */
export function recoveryCodeAccepted(
  deps: ServiceDeps,
  user: UserRow,
  code: string,
  now: Date,
): Promise<boolean> {
  return takeRecoveryCode(deps.db, user.id, hashCode(user.id, code), now.toISOString());
}

/** Replaces the recovery codes after the password and a current code; returns the new ones. */
export async function renewRecoveryCodes(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: ReauthInput,
): Promise<{ recoveryCodes: string[] }> {
  if (ctx.apiTokenId)
    throw new DomainError("FORBIDDEN", "Replace recovery codes in the app, not with an API token.");
  const user = await findUserById(deps.db, ctx.actor.userId);
  if (!user) throw new DomainError("UNAUTHENTICATED", "Log in to continue.");
  if (!user.totp_secret)
    throw new DomainError("CONFLICT", "Turn on two-step login first; the codes come with it.");
  await reauthenticate(deps, ctx, user, input);
  const recoveryCodes = await deps.db.transaction().execute(async (trx) => {
    const codes = await issueRecoveryCodes(trx, user.id, ctx.now);
    await appendAudit(trx, auditContext(ctx), {
      action: "auth.recovery_codes_replaced",
      recordType: "user",
      recordIds: [user.id],
      details: { count: codes.length },
    });
    return codes;
  });
  return { recoveryCodes };
}
