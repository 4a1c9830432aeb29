/**
 * "Password forgotten": anyone may ask for a reset link for an e-mail address. The answer is
 * the same whether or not an account has that address, and the same work is done (a row is
 * written and a mail queued only for an active account, both in one short transaction either
 * way). The link is single use, valid one hour, stored as a hash. Limited per client address
 * (429) and, silently, per address: after three links an hour no more are sent.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  countRecentResets,
  findActiveUserByEmail,
  insertPasswordReset,
} from "../../db/repositories/invitation.repository.js";
import { auditContext, type RequestContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { newLinkToken } from "../invitations/link-token.js";
import { enqueueMail } from "../mail/enqueue-mail.js";
import type { MailLanguage } from "../mail/templates.js";
import { limited } from "./login.js";
import { RateLimiter } from "./rate-limiter.js";

export const PASSWORD_RESET = { validMinutes: 60, perIp: 10, perAddressPerHour: 3 } as const;

const perIp = new RateLimiter("reset-ip", PASSWORD_RESET.perIp, 15 * 60_000);

/** Always resolves the same way (unless the client address is over its limit). */
export async function requestPasswordReset(
  deps: ServiceDeps,
  ctx: RequestContext,
  input: { email: string; language: MailLanguage },
): Promise<{ accepted: true }> {
  const key = ctx.ip ?? "unknown";
  const wait = await perIp.retryAfter(deps, key, ctx.now);
  if (wait > 0) throw limited(wait);
  await perIp.hit(deps, key, ctx.now);
  const hourAgo = new Date(ctx.now.getTime() - 3_600_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const user = await findActiveUserByEmail(trx, input.email);
    const allowed =
      user !== undefined &&
      user.password_hash !== null &&
      (await countRecentResets(trx, user.id, hourAgo)) < PASSWORD_RESET.perAddressPerHour;
    if (user && allowed) {
      const id = randomUUID();
      const { token, hash } = newLinkToken();
      await insertPasswordReset(trx, {
        id,
        user_id: user.id,
        token_hash: hash,
        created_at: ctx.now.toISOString(),
        expires_at: new Date(
          ctx.now.getTime() + PASSWORD_RESET.validMinutes * 60_000,
        ).toISOString(),
        used_at: null,
      });
      await enqueueMail(deps, trx, {
        template: "password_reset",
        recipient: user.email,
        language: input.language,
        payload: { path: `/password-reset/${token}` },
        now: ctx.now,
      });
    }
    // One entry either way; only a sent link names the account (never the typed address).
    await appendAudit(trx, auditContext(ctx), {
      action: "auth.password_reset_requested",
      outcome: user && allowed ? "ok" : "denied",
      recordType: "user",
      recordIds: user && allowed ? [user.id] : [],
    });
  });
  return { accepted: true };
}
