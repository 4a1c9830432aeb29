/**
 * Records a signal: one or more catalogue indicators, the facts as seen or heard, when, and the
 * source, with optional structured mentions (entities: issue 25). Append-only. A repeated Idempotency-Key returns the first signal instead of a second.
 * The picture is recomputed in the same transaction.
 */
import { randomUUID } from "node:crypto";
import { DomainError, validationFailed } from "../../domain/errors.js";
import { isoDate } from "../../domain/youth/age.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findSignalByIdempotencyKey,
  signalIndicatorIds,
  insertSignal,
} from "../../db/repositories/signal.repository.js";
import { recordSignalBody, type RecordSignalBody } from "../../shared/signal.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { reachYouth } from "../youths/reach-youth.js";
import { field } from "../../db/encrypted-columns.js";
import { insertSignalEntities } from "../../db/repositories/pattern.repository.js";
import { normaliseEntity } from "../../domain/patterns/entities.js";
import { entityIndex } from "../patterns/entity-index.js";

import type { RecordSignalResult } from "../../shared/api/signals.js";

export type { RecordSignalResult };

export async function recordSignal(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  raw: RecordSignalBody,
  idempotencyKey?: string,
  /** `recompute: false` exists only for the benchmark that measures what the recompute costs. */
  options: { recompute?: boolean } = {},
): Promise<RecordSignalResult> {
  const { youth } = await reachYouth(deps, ctx, youthId, "signal.create");
  const input = recordSignalBody.parse(raw);
  const withdrawn = input.indicatorIds.filter((id) => deps.catalogIndex.indicator(id)?.withdrawn);
  if (withdrawn.length > 0)
    throw validationFailed(
      "Some signals were withdrawn from the signal list. Choose the signal that replaced them.",
      withdrawn.map((id) => ({
        path: "indicatorIds",
        message: `${id} was withdrawn; use ${deps.catalogIndex.indicator(id)?.withdrawn?.replacedBy.join(" or ") || "another signal"}`,
      })),
    );
  const unknown = input.indicatorIds.filter((id) => !deps.catalogIndex.indicator(id));
  if (unknown.length > 0)
    throw validationFailed(
      "Unknown signal in the list.",
      unknown.map((id) => ({ path: "indicatorIds", message: `unknown indicator ${id}` })),
    );
  const questions = new Set(deps.catalog.contextQuestions.map((q) => q.id));
  for (const key of Object.keys(input.contextAnswers ?? {})) {
    if (!questions.has(key))
      throw validationFailed("Unknown context question.", [
        { path: `contextAnswers.${key}`, message: "unknown question" },
      ]);
  }
  if (input.observedAt > isoDate(ctx.now))
    throw validationFailed("The date is in the future.", [
      { path: "observedAt", message: "in the future" },
    ]);
  if (input.observedAt < youth.arrived_at)
    throw validationFailed("The date is before the youth arrived.", [
      { path: "observedAt", message: "before arrival" },
    ]);
  /** The signal already stored under this key, if the request is the same one again. */
  const replay = async (): Promise<RecordSignalResult | null> => {
    if (!idempotencyKey) return null;
    const existing = await findSignalByIdempotencyKey(deps.db, ctx.actor.userId, idempotencyKey);
    if (!existing) return null;
    const same =
      existing.youth_id === youth.id &&
      existing.observed_at === input.observedAt &&
      existing.source === input.source &&
      deps.crypto.decrypt(existing.facts_enc, field("signals", "facts_enc", existing.id)) ===
        input.facts &&
      (await signalIndicatorIds(deps.db, existing.id)).join() ===
        [...new Set(input.indicatorIds)].sort().join();
    if (!same)
      throw new DomainError(
        "CONFLICT",
        "This Idempotency-Key was already used for a different signal. Use a new key for a new signal.",
      );
    return { id: existing.id, created: false, level: youth.level };
  };
  const replayed = await replay();
  if (replayed) return replayed;
  const id = randomUUID();
  const c = deps.crypto;
  // Entities (issue 25): normalised, encrypted, and matched only through the blind index. The
  // same value twice on one signal is stored once.
  const seen = new Set<string>();
  const entities = (input.entities ?? []).flatMap((e) => {
    const n = normaliseEntity(e.kind, e.value);
    if (!n.ok) return [];
    const idx = entityIndex(c, e.kind, n.value);
    if (seen.has(idx)) return [];
    seen.add(idx);
    const entityId = randomUUID();
    return [
      {
        id: entityId,
        signal_id: id,
        youth_id: youth.id,
        kind: e.kind,
        value_enc: c.encrypt(n.value, field("signal_entities", "value_enc", entityId)),
        value_idx: idx,
        created_at: ctx.now.toISOString(),
      },
    ];
  });
  const answers =
    input.contextAnswers && Object.keys(input.contextAnswers).length > 0
      ? JSON.stringify(input.contextAnswers)
      : null;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      await insertSignal(
        trx,
        {
          id,
          youth_id: youth.id,
          recorded_by: ctx.actor.userId,
          recorder_org_id: ctx.actor.organisationId,
          recorder_role: ctx.actorRole ?? "unknown",
          observed_at: input.observedAt,
          source: input.source,
          source_detail_enc: c.encryptNullable(
            input.sourceDetail || null,
            field("signals", "source_detail_enc", id),
          ),
          facts_enc: c.encrypt(input.facts, field("signals", "facts_enc", id)),
          interpretation_enc: c.encryptNullable(
            input.interpretation || null,
            field("signals", "interpretation_enc", id),
          ),
          context_answers_enc: answers
            ? c.encrypt(answers, field("signals", "context_answers_enc", id))
            : null,
          catalog_version: deps.catalog.version,
          idempotency_key: idempotencyKey ?? null,
          created_at: ctx.now.toISOString(),
        },
        input.indicatorIds,
      );
      await insertSignalEntities(trx, entities);
      await appendAudit(trx, auditContext(ctx), {
        action: "signal.create",
        youthId: youth.id,
        recordType: "signal",
        recordIds: [id],
        details: {
          indicators: input.indicatorIds,
          ...(entities.length > 0 ? { entities: entities.length } : {}),
        },
      });
      if (options.recompute === false) return { id, created: true, level: youth.level };
      const picture = await recomputePicture(trx, deps, youth.id, ctx.now, "signal.create", {
        causedBy: ctx.actor.userId,
      });
      return { id, created: true, level: picture.level };
    });
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its signal.
    const raced = await replay();
    if (raced) return raced;
    throw error;
  }
}
