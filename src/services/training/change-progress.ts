/**
 * The one way learner progress changes: in a transaction, create the progress row if needed,
 * apply the change with an optimistic version check, and write the audit entries. A lost race
 * (someone else changed the row in between) retries; after three tries it is a CONFLICT.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findProgress,
  insertProgressIfAbsent,
  updateProgress,
  type TrainingProgressRow,
} from "../../db/repositories/training.repository.js";
import type { DatabaseHandleDb, TrainingProgressPatch } from "../../db/schema.js";
import type { AuditDetails } from "../../domain/audit-events.js";
import { DomainError } from "../../domain/errors.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

export type ProgressPatch = TrainingProgressPatch;

/** What a change wants: a patch (or none), audit facts, and a value to return. */
export interface ProgressChange<T> {
  patch: ProgressPatch | null;
  audit: AuditDetails | null;
  result: T;
}

class LostRace extends Error {}
const MAX_TRIES = 3;

async function ensureRow(
  trx: DatabaseHandleDb,
  ctx: AuthenticatedContext,
  moduleId: string,
): Promise<{ row: TrainingProgressRow; created: boolean }> {
  const at = ctx.now.toISOString();
  const created = await insertProgressIfAbsent(trx, {
    id: randomUUID(),
    user_id: ctx.actor.userId,
    organisation_id: ctx.actor.organisationId,
    module_id: moduleId,
    started_at: at,
    pages_viewed: "[]",
    exercise_results: "{}",
    best_score: null,
    attempts: 0,
    completed_at: null,
    last_passed_at: null,
    updated_at: at,
    version: 1,
  });
  const row = await findProgress(trx, ctx.actor.userId, moduleId);
  if (!row) throw new Error("progress row missing after insert");
  return { row, created };
}

/**
 * Applies `change` to the actor's progress in `moduleId` (starting the module when needed) and
 * returns the stored row with the change's result.
 */
export async function changeProgress<T>(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  moduleId: string,
  change: (row: TrainingProgressRow, trx: DatabaseHandleDb) => Promise<ProgressChange<T>>,
): Promise<{ row: TrainingProgressRow; result: T }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.db.transaction().execute(async (trx) => {
        const { row, created } = await ensureRow(trx, ctx, moduleId);
        const audit = auditContext(ctx);
        if (created) {
          await appendAudit(trx, audit, {
            action: "training.progress",
            recordType: "training_progress",
            recordIds: [row.id],
            details: { moduleId, event: "start" },
          });
        }
        const out = await change(row, trx);
        let stored = row;
        if (out.patch) {
          const patch = { ...out.patch, updated_at: ctx.now.toISOString() };
          if (!(await updateProgress(trx, row.id, row.version, patch))) throw new LostRace();
          stored = (await findProgress(trx, ctx.actor.userId, moduleId)) ?? row;
        }
        if (out.audit) {
          await appendAudit(trx, audit, {
            action: "training.progress",
            recordType: "training_progress",
            recordIds: [row.id],
            details: { moduleId, ...out.audit },
          });
        }
        return { row: stored, result: out.result };
      });
    } catch (e) {
      if (!(e instanceof LostRace)) throw e;
      if (attempt >= MAX_TRIES) {
        throw new DomainError("CONFLICT", "Your progress changed at the same time. Try again.");
      }
    }
  }
}
