/** Signals (append-only), their indicators and retractions; vulnerabilities and judgements. */
import type { Insertable, Selectable } from "kysely";
import type {
  JudgementTable,
  SignalRetractionTable,
  SignalTable,
  VulnerabilityEntryTable,
} from "../schema.js";
import type { PictureSummary } from "../../domain/picture/index.js";
import type { Db } from "./youth.repository.js";

export type SignalRow = Selectable<SignalTable>;

export async function insertSignal(
  db: Db,
  row: Insertable<SignalTable>,
  indicatorIds: readonly string[],
): Promise<void> {
  await db.insertInto("signals").values(row).execute();
  await db
    .insertInto("signal_indicators")
    .values(
      indicatorIds.map((indicator_id) => ({
        signal_id: row.id,
        youth_id: row.youth_id,
        indicator_id,
      })),
    )
    .execute();
}

export function findSignalByIdempotencyKey(
  db: Db,
  userId: string,
  key: string,
): Promise<SignalRow | undefined> {
  return db
    .selectFrom("signals")
    .selectAll()
    .where("recorded_by", "=", userId)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

/** The indicator ids of one signal, sorted. */
export async function signalIndicatorIds(db: Db, signalId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("signal_indicators")
    .select("indicator_id")
    .where("signal_id", "=", signalId)
    .execute();
  return rows.map((r) => r.indicator_id).sort();
}

export function findSignal(
  db: Db,
  youthId: string,
  signalId: string,
): Promise<SignalRow | undefined> {
  return db
    .selectFrom("signals")
    .selectAll()
    .where("youth_id", "=", youthId)
    .where("id", "=", signalId)
    .executeTakeFirst();
}

/** A youth's signals with recorder, indicators and retraction, newest observation first. */
export async function listSignals(
  db: Db,
  youthId: string,
  opts: {
    recorderOrgId?: string | undefined;
    limit?: number | undefined;
    before?: { observedAt: string; id: string } | undefined;
  } = {},
) {
  let q = db
    .selectFrom("signals as s")
    .innerJoin("users as u", "u.id", "s.recorded_by")
    .innerJoin("organisations as o", "o.id", "s.recorder_org_id")
    .leftJoin("signal_retractions as r", "r.signal_id", "s.id")
    .leftJoin("users as ru", "ru.id", "r.retracted_by")
    .leftJoin("organisations as ro", "ro.id", "r.retractor_org_id")
    .select([
      "s.id",
      "s.youth_id",
      "s.recorded_by",
      "s.recorder_org_id",
      "s.recorder_role",
      "s.observed_at",
      "s.source",
      "s.source_detail_enc",
      "s.facts_enc",
      "s.interpretation_enc",
      "s.context_answers_enc",
      "s.catalog_version",
      "s.created_at",
      "u.display_name as recorder_name",
      "o.name as recorder_org_name",
      "o.type as recorder_org_type",
      "r.id as retraction_id",
      "r.reason_enc as retraction_reason_enc",
      "r.created_at as retracted_at",
      "r.retracted_by",
      "ru.display_name as retracted_by_name",
      "r.retractor_role",
      "ro.name as retractor_org_name",
    ])
    .where("s.youth_id", "=", youthId);
  if (opts.recorderOrgId) q = q.where("s.recorder_org_id", "=", opts.recorderOrgId);
  if (opts.before) {
    const b = opts.before;
    q = q.where((eb) =>
      eb.or([
        eb("s.observed_at", "<", b.observedAt),
        eb.and([eb("s.observed_at", "=", b.observedAt), eb("s.id", "<", b.id)]),
      ]),
    );
  }
  const rows = await q
    .orderBy("s.observed_at", "desc")
    .orderBy("s.id", "desc")
    .limit(opts.limit ?? 10_000)
    .execute();
  const indicators = rows.length
    ? await db
        .selectFrom("signal_indicators")
        .select(["signal_id", "indicator_id"])
        .where(
          "signal_id",
          "in",
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const bySignal = new Map<string, string[]>();
  for (const i of indicators)
    bySignal.set(i.signal_id, [...(bySignal.get(i.signal_id) ?? []), i.indicator_id]);
  return rows.map((r) => ({ ...r, indicator_ids: (bySignal.get(r.id) ?? []).sort() }));
}

/** What the picture needs of every signal of a youth (no free text). */
export function listSignalFacts(db: Db, youthId: string) {
  return db
    .selectFrom("signal_indicators as si")
    .innerJoin("signals as s", "s.id", "si.signal_id")
    .leftJoin("signal_retractions as r", "r.signal_id", "s.id")
    .select([
      "s.id",
      "si.indicator_id",
      "s.recorded_by",
      "s.recorder_org_id",
      "s.source",
      "s.observed_at",
      "r.id as retraction_id",
    ])
    .where("si.youth_id", "=", youthId)
    .execute();
}

export async function insertRetraction(
  db: Db,
  row: Insertable<SignalRetractionTable>,
): Promise<void> {
  await db.insertInto("signal_retractions").values(row).execute();
}

export function findRetraction(db: Db, signalId: string) {
  return db
    .selectFrom("signal_retractions")
    .select("id")
    .where("signal_id", "=", signalId)
    .executeTakeFirst();
}

export async function insertVulnerabilityEntries(
  db: Db,
  rows: Insertable<VulnerabilityEntryTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto("vulnerability_entries").values(rows).execute();
}

export function listVulnerabilityEntries(db: Db, youthId: string) {
  return db
    .selectFrom("vulnerability_entries as v")
    .innerJoin("users as u", "u.id", "v.recorded_by")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "v.id",
      "v.factor_id",
      "v.present",
      "v.noted_at",
      "v.note_enc",
      "v.recorded_by",
      "v.created_at",
      "u.display_name as recorder_name",
      "u.roles as recorder_roles",
      "o.name as recorder_org_name",
    ])
    .where("v.youth_id", "=", youthId)
    .orderBy("v.created_at", "asc")
    .orderBy("v.noted_at", "asc")
    .orderBy("v.id", "asc")
    .execute();
}

export async function insertJudgement(db: Db, row: Insertable<JudgementTable>): Promise<void> {
  await db.insertInto("judgements").values(row).execute();
}

export function listJudgements(db: Db, youthId: string) {
  return db
    .selectFrom("judgements as j")
    .innerJoin("users as u", "u.id", "j.author_id")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "j.id",
      "j.author_id",
      "j.kind",
      "j.reason_enc",
      "j.created_at",
      "u.display_name as author_name",
      "u.roles as author_roles",
      "o.name as author_org_name",
    ])
    .where("j.youth_id", "=", youthId)
    .orderBy("j.created_at", "asc")
    .execute();
}

export function listMissingEpisodes(db: Db, youthId: string) {
  return db
    .selectFrom("missing_episodes")
    .select(["id", "started_at", "ended_at"])
    .where("youth_id", "=", youthId)
    .execute();
}

export function listSafetyAlerts(db: Db, youthId: string) {
  return db
    .selectFrom("safety_alerts")
    .select(["id", "raised_at", "handled_at"])
    .where("youth_id", "=", youthId)
    .execute();
}

export function countRelocationsSince(db: Db, youthId: string, since: string) {
  return db
    .selectFrom("youth_locations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("youth_id", "=", youthId)
    .where("handover_note_id", "is not", null)
    .where("started_at", ">=", since)
    .executeTakeFirst();
}

/** Stores a computed picture on the youth row (no version bump: it is derived data). */
export async function storePicture(
  db: Db,
  youthId: string,
  p: {
    level: number;
    previousLevel: number;
    changedAt: string | null;
    picture: string;
    summary: PictureSummary;
    computedAt: string;
    rulesVersion: string;
  },
): Promise<void> {
  await db
    .updateTable("youths")
    .set({
      level: p.level,
      previous_level: p.previousLevel,
      ...(p.changedAt ? { level_changed_at: p.changedAt } : {}),
      picture: p.picture,
      level_sexual: p.summary.levelSexual,
      level_criminal: p.summary.levelCriminal,
      level_labour: p.summary.levelLabour,
      reason_count: p.summary.reasonCount,
      picture_computed_at: p.computedAt,
      rules_version: p.rulesVersion,
    })
    .where("id", "=", youthId)
    .execute();
}

export function listPictureHistory(db: Db, youthId: string) {
  return db
    .selectFrom("picture_history")
    .selectAll()
    .where("youth_id", "=", youthId)
    .orderBy("computed_at", "asc")
    .limit(500)
    .execute();
}
