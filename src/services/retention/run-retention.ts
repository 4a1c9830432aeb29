/**
 * The daily retention job (issue 22, docs/retention.md): removes what has expired under the
 * deployment's terms, in transactions of bounded size, and writes the deletion log and one
 * access-log entry per batch (counts only). Never touches the statistics tables.
 */
import { field } from "../../db/encrypted-columns.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { listAuditChains, pruneAuditPrefix } from "../../db/repositories/audit-prune.repository.js";
import {
  deleteEpisodes,
  deleteSignals,
  deleteSimple,
  deleteTrajects,
  deleteTraining,
  insertDeletionLog,
  keepReasons,
  listExpiredEpisodes,
  listExpiredSignals,
  listExpiredSimple,
  listExpiredTrajects,
  listExpiredTraining,
  listYouthsForRetention,
  type SimpleExpiry,
} from "../../db/repositories/retention.repository.js";
import type { Trx } from "../../db/handles.js";
import {
  cutoff,
  dossierExpiry,
  RECORD_TYPES,
  ruleFor,
  type RecordType,
  type RetentionTerms,
} from "../../domain/retention/rules.js";
import { auditContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { systemContext } from "../system-context.js";
import { referenceOf } from "./deletion-reference.js";
import { removeDossier } from "./remove-dossier.js";

/** Rows per transaction (a dossier counts as one; its rows are bounded). */
export const RETENTION_BATCH = 200;
const DOSSIERS_PER_TRANSACTION = 10;
const YOUTH_PAGE = 500;

export interface RetentionSummary {
  /** Rows removed per record type. */
  removed: Record<RecordType, number>;
  /** Expired dossiers kept because of a hold, an open episode, traject or report. */
  keptDossiers: number;
}

/** One retention run at `deps.clock()`. */
export async function runRetention(
  deps: ServiceDeps,
  options: { batch?: number } = {},
): Promise<RetentionSummary> {
  const now = deps.clock();
  const terms = deps.config.retention;
  const batch = options.batch ?? RETENTION_BATCH;
  const removed = Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<RecordType, number>;
  const keptDossiers = await removeExpiredDossiers(deps, terms, now, removed);

  const before = (type: RecordType) => cutoff(terms, type, now).toISOString();
  removed.signals += await drain(deps, now, "signals", batch, async (trx, limit) => {
    const ids = (await listExpiredSignals(trx, before("signals"), limit)).map((r) => r.id);
    return { ids, rows: await deleteSignals(trx, ids) };
  });
  removed.steps_reports += await drain(deps, now, "steps_reports", batch, async (trx, limit) => {
    const ids = (await listExpiredTrajects(trx, before("steps_reports"), limit)).map((r) => r.id);
    return { ids, rows: await deleteTrajects(trx, ids) };
  });
  removed.missing_episodes += await drain(deps, now, "missing_episodes", batch, async (trx, l) => {
    const ids = (await listExpiredEpisodes(trx, before("missing_episodes"), l)).map((r) => r.id);
    return { ids, rows: await deleteEpisodes(trx, ids) };
  });
  removed.training_records += await drain(deps, now, "training_records", batch, async (trx, l) => {
    const ids = (await listExpiredTraining(trx, before("training_records"), l)).map((r) => r.id);
    return { ids, rows: await deleteTraining(trx, ids) };
  });
  const simple: [RecordType, SimpleExpiry["table"]][] = [
    ["sessions", "sessions"],
    ["notifications", "notifications"],
    ["mail_outbox", "mail_outbox"],
    ["invitations", "invitations"],
    ["invitations", "password_resets"],
    ["dead_letters", "jobs"],
  ];
  for (const [type, table] of simple) {
    removed[type] += await drain(deps, now, type, batch, async (trx, limit) => {
      const ids = await listExpiredSimple(trx, table, before(type), limit);
      return { ids, rows: await deleteSimple(trx, table, ids) };
    });
  }
  for (const chain of await listAuditChains(deps.db)) {
    removed.access_log += await drain(deps, now, "access_log", batch, async (trx, limit) => {
      const ids = await pruneAuditPrefix(trx, chain, before("access_log"), now, limit);
      return { ids, rows: ids.length };
    });
  }
  return { removed, keptDossiers };
}

/**
 * Runs `step` in transactions until a batch comes back short; each batch that removed rows gets
 * its deletion-log row and access-log entry in the same transaction.
 */
async function drain(
  deps: ServiceDeps,
  now: Date,
  type: RecordType,
  batch: number,
  step: (trx: Trx, limit: number) => Promise<{ ids: string[]; rows: number }>,
): Promise<number> {
  const rule = ruleFor(type).ruleId;
  let total = 0;
  for (;;) {
    const { ids, rows } = await deps.db.transaction().execute(async (trx) => {
      const result = await step(trx, batch);
      if (result.ids.length === 0) return result;
      await insertDeletionLog(trx, {
        at: now.toISOString(),
        recordType: type,
        rule,
        rows: result.rows,
        reference: referenceOf(deps, result.ids),
      });
      await appendAudit(trx, auditContext(systemContext(now, "retention-job")), {
        action: "retention.run",
        recordType: type,
        details: { rule, rows: result.rows },
      });
      return result;
    });
    total += rows;
    if (ids.length < batch) return total;
  }
}

/** Pages through every youth, decides per dossier, removes the expired ones a few per transaction. */
async function removeExpiredDossiers(
  deps: ServiceDeps,
  terms: RetentionTerms,
  now: Date,
  removed: Record<RecordType, number>,
): Promise<number> {
  let kept = 0;
  let afterId = "";
  for (;;) {
    const page = await listYouthsForRetention(deps.db, afterId, YOUTH_PAGE);
    const last = page.at(-1);
    if (!last) return kept;
    afterId = last.id;
    const keep = await keepReasons(
      deps.db,
      page.map((y) => y.id),
    );
    const expired: { id: string; rule: string }[] = [];
    for (const y of page) {
      const reasons = [...(keep.get(y.id) ?? [])];
      const state = {
        status: y.status,
        closedAt: y.closed_at,
        dateOfBirth: deps.crypto.decrypt(y.dob_enc, field("youths", "dob_enc", y.id)),
        keep: [],
      };
      const expiry = dossierExpiry(terms, { ...state, keep: reasons }, now);
      if (expiry) expired.push({ id: y.id, rule: expiry.ruleId });
      else if (reasons.length > 0 && dossierExpiry(terms, state, now)) kept += 1;
    }
    for (let i = 0; i < expired.length; i += DOSSIERS_PER_TRANSACTION) {
      const group = expired.slice(i, i + DOSSIERS_PER_TRANSACTION);
      removed.dossier += await deps.db.transaction().execute(async (trx) => {
        // Checked again inside the transaction: a hold placed since the page was read wins.
        const recheck = await keepReasons(
          trx,
          group.map((g) => g.id),
        );
        let n = 0;
        let rows = 0;
        for (const g of group) {
          if (recheck.has(g.id)) continue;
          const r = await removeDossier(deps, trx, g.id, g.rule, now);
          if (r > 0) n += 1;
          rows += r;
        }
        if (n > 0)
          await appendAudit(trx, auditContext(systemContext(now, "retention-job")), {
            action: "retention.run",
            recordType: "dossier",
            details: { dossiers: n, rows },
          });
        return n;
      });
    }
  }
}
