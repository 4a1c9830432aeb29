/**
 * Gathers everything the picture engine needs for one youth: signals enriched from the
 * catalogue, recorded and derived vulnerabilities, missing episodes, judgements, safety alerts.
 */
import type {
  PictureInput,
  PictureSignal,
  PictureVulnerability,
  SignalSource,
} from "../../domain/picture/index.js";
import { indicatorFacts } from "../../domain/picture/index.js";
import { isoDate, monthsUntil18 } from "../../domain/youth/age.js";
import {
  countRelocationsSince,
  listJudgements,
  listMissingEpisodes,
  listSafetyAlerts,
  listSignalFacts,
  listVulnerabilityEntries,
} from "../../db/repositories/signal.repository.js";
import type { Db, YouthRow } from "../../db/repositories/youth.repository.js";
import type { ServiceDeps } from "../deps.js";
import { field } from "../../db/encrypted-columns.js";

/** Separator between signal id and indicator id in the engine's per-indicator signal ids. */
export const INDICATOR_SEPARATOR = "~";

/** The current recorded factors: the latest entry per factor, when present. */
export function currentRecordedFactors(
  entries: { factor_id: string; present: number }[],
): string[] {
  const latest = new Map<string, number>();
  for (const e of entries) latest.set(e.factor_id, e.present);
  return [...latest].filter(([, present]) => present === 1).map(([id]) => id);
}

/** Derived factors: nearly 18 (within 6 months), 3+ relocations in 12 months, any missing episode. */
export async function derivedFactors(
  db: Db,
  deps: ServiceDeps,
  youth: YouthRow,
  now: Date,
  missingCount: number,
): Promise<string[]> {
  const out: string[] = [];
  if (
    monthsUntil18(
      deps.crypto.decrypt(youth.dob_enc, field("youths", "dob_enc", youth.id)),
      isoDate(now),
      6,
    ) !== null
  )
    out.push("nearly-18");
  const since = new Date(now.getTime() - 365 * 86_400_000).toISOString();
  const moves = await countRelocationsSince(db, youth.id, since);
  if (Number(moves?.n ?? 0) >= 3) out.push("many-moves");
  if (missingCount > 0) out.push("missing-episodes");
  return out;
}

export async function buildPictureInput(
  db: Db,
  deps: ServiceDeps,
  youth: YouthRow,
  now: Date,
): Promise<PictureInput> {
  const [facts, entries, episodes, judgements, alerts] = await Promise.all([
    listSignalFacts(db, youth.id),
    listVulnerabilityEntries(db, youth.id),
    listMissingEpisodes(db, youth.id),
    listJudgements(db, youth.id),
    listSafetyAlerts(db, youth.id),
  ]);
  const signals: PictureSignal[] = [];
  for (const f of facts) {
    const ind = deps.catalogIndex.indicator(f.indicator_id);
    if (!ind) continue;
    signals.push({
      id: `${f.id}${INDICATOR_SEPARATOR}${f.indicator_id}`,
      ...indicatorFacts(ind),
      observerId: f.recorded_by,
      organisationId: f.recorder_org_id,
      source: f.source as SignalSource,
      observedAt: f.observed_at,
      retracted: f.retraction_id !== null,
    });
  }
  const vulnerabilities: PictureVulnerability[] = [
    ...currentRecordedFactors(entries).map((factorId) => ({
      factorId,
      derived: false,
      sameAsIndicators: deps.catalogIndex.vulnerability(factorId)?.sameAsIndicators,
    })),
    ...(await derivedFactors(db, deps, youth, now, episodes.length)).map((factorId) => ({
      factorId,
      derived: true,
      sameAsIndicators: deps.catalogIndex.vulnerability(factorId)?.sameAsIndicators,
    })),
  ];
  return {
    signals,
    vulnerabilities,
    missingEpisodes: episodes.map((e) => ({
      id: e.id,
      startedAt: e.started_at,
      endedAt: e.ended_at,
    })),
    judgements: judgements.map((j) => ({
      id: j.id,
      authorId: j.author_id,
      kind: j.kind as "suspicion" | "no_suspicion",
      recordedAt: j.created_at,
    })),
    safetyAlerts: alerts.map((a) => ({ id: a.id, raisedAt: a.raised_at, handledAt: a.handled_at })),
    now: now.toISOString(),
  };
}
