/**
 * The anonymous statistics (issue 23): reading the records a computation needs, replacing the
 * published cells in one transaction, and serving cells. Only the computation reads records;
 * serving reads `statistics_cells` alone.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";
import type {
  StatisticsCellTable,
  StatisticsExportCellTable,
  StatisticsRunTable,
} from "../statistics-schema.js";

export function listStatOrganisations(db: Kysely<Database>) {
  return db.selectFrom("organisations").select(["id", "name", "type", "region"]).execute();
}

export function listStatLocations(db: Kysely<Database>) {
  return db
    .selectFrom("youth_locations")
    .select(["youth_id", "organisation_id", "started_at", "ended_at"])
    .execute();
}

/** Signals that are not retracted, observed from `since`, with their indicator ids. */
export async function listStatSignals(db: Kysely<Database>, since: string) {
  return db
    .selectFrom("signals as s")
    .innerJoin("signal_indicators as si", "si.signal_id", "s.id")
    .leftJoin("signal_retractions as r", "r.signal_id", "s.id")
    .where("r.id", "is", null)
    .where("s.observed_at", ">=", since)
    .select(["s.id", "s.youth_id", "s.observed_at", "si.indicator_id"])
    .execute();
}

/** The first observed signal of every youth with one that is not retracted. */
export function listFirstSignals(db: Kysely<Database>) {
  return db
    .selectFrom("signals as s")
    .leftJoin("signal_retractions as r", "r.signal_id", "s.id")
    .where("r.id", "is", null)
    .groupBy("s.youth_id")
    .select((eb) => ["s.youth_id", eb.fn.min("s.observed_at").as("first_at")])
    .execute();
}

export function listStatPictures(db: Kysely<Database>) {
  return db.selectFrom("picture_history").select(["youth_id", "level", "computed_at"]).execute();
}

/** Sent reports; the service decrypts `form_enc` of CoMensha registrations only (the export). */
export function listStatReports(db: Kysely<Database>) {
  return db
    .selectFrom("reports")
    .where("sent_at", "is not", null)
    .select(["id", "youth_id", "kind", "consent_signer", "sent_at", "form_enc"])
    .execute();
}

export function listStatMissing(db: Kysely<Database>, since: string) {
  return db
    .selectFrom("missing_episodes as e")
    .leftJoin("missing_details as d", "d.episode_id", "e.id")
    .where((eb) => eb.or([eb("e.started_at", ">=", since), eb("e.ended_at", ">=", since)]))
    .select(["e.youth_id", "e.started_at", "e.ended_at", "d.conversation_at"])
    .execute();
}

/** Completed consult steps; `what_enc` holds the party and is decrypted by the service. */
export function listStatConsults(db: Kysely<Database>) {
  return db
    .selectFrom("step_records")
    .where("step", "=", "consult")
    .where("draft", "=", 0)
    .where("completed_at", "is not", null)
    .select(["id", "youth_id", "what_enc", "completed_at"])
    .execute();
}

export function listStatCompletions(db: Kysely<Database>, since: string) {
  return db
    .selectFrom("training_progress")
    .where("completed_at", ">=", since)
    .select(["user_id", "organisation_id", "module_id", "completed_at"])
    .execute();
}

/** Replace every published cell (figures and export) and record the run, in one transaction. */
export async function replaceStatistics(
  trx: Transaction<Database>,
  run: StatisticsRunTable,
  cells: StatisticsCellTable[],
  exportCells: StatisticsExportCellTable[] = [],
): Promise<void> {
  await trx.deleteFrom("statistics_cells").execute();
  await trx.deleteFrom("statistics_export_cells").execute();
  for (let i = 0; i < cells.length; i += 500)
    await trx
      .insertInto("statistics_cells")
      .values(cells.slice(i, i + 500))
      .execute();
  for (let i = 0; i < exportCells.length; i += 500)
    await trx
      .insertInto("statistics_export_cells")
      .values(exportCells.slice(i, i + 500))
      .execute();
  await trx.insertInto("statistics_runs").values(run).execute();
}

export function latestStatisticsRun(db: Kysely<Database>) {
  return db
    .selectFrom("statistics_runs")
    .selectAll()
    .orderBy("computed_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** The cells of one figure under one location and organisation type. */
export function listFigureCells(
  db: Kysely<Database>,
  figure: string,
  location: string,
  orgType: string,
) {
  return db
    .selectFrom("statistics_cells")
    .where("figure", "=", figure)
    .where("location", "=", location)
    .where("org_type", "=", orgType)
    .selectAll()
    .execute();
}

/** The location and organisation-type nodes that have cells (for the filters). */
export function listStatisticsNodes(db: Kysely<Database>) {
  return db.selectFrom("statistics_cells").select(["location", "org_type"]).distinct().execute();
}

/** The quarters the figures cover (from the snapshot figure, which has one cell set per quarter). */
export async function listStatisticsQuarters(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom("statistics_cells")
    .where("figure", "=", "youths-by-level")
    .select("period")
    .distinct()
    .execute();
  return rows.map((r) => r.period).sort();
}

/** The export's cells under one location node. */
export function listExportCells(db: Kysely<Database>, location: string) {
  return db
    .selectFrom("statistics_export_cells")
    .where("location", "=", location)
    .selectAll()
    .execute();
}
