/**
 * A youth's signals as the actor may see them: the whole circle sees all; a school member only
 * those recorded by their own school. Every read is in the access log.
 */
import { canSeeSignal } from "../../domain/policies.js";
import { validationFailed } from "../../domain/errors.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listSignals } from "../../db/repositories/signal.repository.js";
import type { SignalPage } from "../../shared/api/signals.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth } from "../youths/reach-youth.js";
import { signalView } from "./signal-view.js";

function decodeCursor(cursor: string | undefined) {
  if (!cursor) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f-]{36})$/.exec(cursor);
  if (!m?.[1] || !m[2])
    throw validationFailed("Invalid cursor.", [{ path: "cursor", message: "invalid" }]);
  return { observedAt: m[1], id: m[2] };
}

export async function findSignals(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<SignalPage> {
  const { youth, relation } = await reachYouth(deps, ctx, youthId, "youth.read");
  const all = canSeeSignal(ctx.actor, relation, "__any_other_org__");
  const rows = await listSignals(deps.db, youth.id, {
    recorderOrgId: all ? undefined : ctx.actor.organisationId,
    limit: page.limit,
    before: decodeCursor(page.cursor),
  });
  const items = rows
    .filter((r) => canSeeSignal(ctx.actor, relation, r.recorder_org_id))
    .map((r) => signalView(r, deps.crypto));
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "signal.list",
    youthId: youth.id,
    recordType: "signal",
    recordIds: items.map((s) => s.id).slice(0, 50),
    details: { count: items.length },
  });
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: items.length === page.limit && last ? `${last.observedAt}|${last.id}` : null,
    scope: all ? "all" : "own_organisation",
  };
}
