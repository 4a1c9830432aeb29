/**
 * An administrator deactivates an account (issue 19). At once: the account's sessions end (its
 * open session fails on the next request) and its API tokens are revoked. Every circle
 * membership it holds is ended — never deleted, so history keeps who was who — and where it was
 * a youth's only mentor or guardian a successor from the same organisation takes that place
 * (required: a youth is never left without one). The team leads of each youth's location are
 * notified, and so is each successor. One `user.deactivate` entry, plus `circle.remove` and
 * `circle.add` entries on each youth's own log. Our own design, not reviewed by an expert.
 */
import { randomUUID } from "node:crypto";
import { DomainError, validationFailed, type ErrorDetail } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  endMember,
  findActiveMembership,
  insertMember,
} from "../../db/repositories/circle.repository.js";
import {
  deleteUserSessions,
  findUserAccount,
  revokeUserTokens,
  teamLeadsOf,
  updateUserVersioned,
} from "../../db/repositories/user-admin.repository.js";
import { field } from "../../db/encrypted-columns.js";
import type { AccountDeactivateBody, AdminAccount } from "../../shared/user-admin.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { accountCircles, SUCCESSOR_RELATIONS } from "./account-circles.js";
import { loadAccount, presentAccount } from "./account-scope.js";

/** The reason stored (encrypted) on each membership the deactivation ends. */
const ENDED_REASON = "Account deactivated by an administrator (issue 19).";

export async function deactivateAccount(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  accountId: string,
  input: AccountDeactivateBody,
): Promise<AdminAccount> {
  authorize(ctx.actor, "user.manage");
  const account = await loadAccount(deps, ctx, accountId, "user.deactivate");
  if (account.id === ctx.actor.userId)
    throw new DomainError("CONFLICT", "You cannot deactivate your own account.");
  if (account.status !== "active")
    throw new DomainError("CONFLICT", "The account is already deactivated.");
  if (account.version !== input.version)
    throw new DomainError("CONFLICT", "Someone changed this account meanwhile. Reload.");
  const at = ctx.now.toISOString();
  const circles = await accountCircles(deps.db, account, at);

  // Every successor named must fit, and every youth that needs one must have one.
  const problems: ErrorDetail[] = [];
  const chosen = new Map<string, string>();
  (input.successors ?? []).forEach((s, i) => {
    const item = circles.items.find(
      (c) => c.youthId === s.youthId && !c.readOnly && SUCCESSOR_RELATIONS.includes(c.relation),
    );
    if (!item || chosen.has(s.youthId)) {
      problems.push({ path: `successors.${i}.youthId`, message: "not a circle to hand over" });
      return;
    }
    const fits = (circles.candidates[item.relation] ?? []).some((c) => c.id === s.successorId);
    if (!fits) {
      problems.push({
        path: `successors.${s.youthId}`,
        message: `not an active ${item.relation} of the same organisation`,
      });
      return;
    }
    chosen.set(s.youthId, s.successorId);
  });
  for (const item of circles.items)
    if (item.needsSuccessor && !chosen.has(item.youthId))
      problems.push({ path: `successors.${item.youthId}`, message: "a successor is required" });
  if (problems.length > 0)
    throw validationFailed(
      "Name a successor for every youth this account is the only mentor or guardian of.",
      problems,
    );

  await deps.db.transaction().execute(async (trx) => {
    if (
      !(await updateUserVersioned(trx, account.id, input.version, {
        status: "deactivated",
        updated_at: at,
      }))
    )
      throw new DomainError("CONFLICT", "Someone changed this account meanwhile. Reload.");
    const sessionsEnded = await deleteUserSessions(trx, account.id);
    const tokensRevoked = await revokeUserTokens(trx, account.id, at);
    const audit = auditContext(ctx);
    await appendAudit(trx, audit, {
      action: "user.deactivate",
      recordType: "user",
      recordIds: [account.id],
      details: {
        sessionsEnded,
        tokensRevoked,
        circlesEnded: circles.items.length,
        successors: chosen.size,
      },
    });
    const notifiedYouths = new Set<string>();
    for (const item of circles.items) {
      await endMember(
        trx,
        item.membershipId,
        ctx.actor.userId,
        at,
        deps.crypto.encrypt(
          ENDED_REASON,
          field("circle_members", "ended_reason_enc", item.membershipId),
        ),
      );
      await appendAudit(trx, audit, {
        action: "circle.remove",
        youthId: item.youthId,
        recordType: "circle_member",
        recordIds: [item.membershipId, account.id],
        details: { deactivated: true },
      });
      const successorId = item.readOnly ? undefined : chosen.get(item.youthId);
      const already = successorId
        ? (await findActiveMembership(trx, item.youthId, successorId, at)).some(
            (m) => m.read_only === 0 && m.relation === item.relation,
          )
        : false;
      if (successorId && !already) {
        const id = randomUUID();
        await insertMember(trx, {
          id,
          youth_id: item.youthId,
          user_id: successorId,
          relation: item.relation,
          read_only: 0,
          access_until: null,
          added_by: ctx.actor.userId,
          added_at: at,
          ended_at: null,
          ended_by: null,
          ended_reason_enc: null,
        });
        await appendAudit(trx, audit, {
          action: "circle.add",
          youthId: item.youthId,
          recordType: "circle_member",
          recordIds: [id, successorId],
          details: { relation: item.relation, succeeds: item.membershipId },
        });
        await notifyUsers(trx, [successorId], {
          youthId: item.youthId,
          kind: "circle_successor",
          level: null,
          at,
        });
      }
      if (notifiedYouths.has(item.youthId)) continue;
      notifiedYouths.add(item.youthId);
      const leads = (await teamLeadsOf(trx, item.location.id)).filter((id) => id !== account.id);
      await notifyUsers(trx, leads, {
        youthId: item.youthId,
        kind: "circle_member_deactivated",
        level: null,
        at,
      });
    }
  });
  const after = await findUserAccount(deps.db, account.id);
  if (!after) throw new DomainError("INTERNAL", "The account was not stored.");
  return presentAccount(ctx.actor, after);
}
