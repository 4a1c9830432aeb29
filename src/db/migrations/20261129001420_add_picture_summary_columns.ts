import { sql, type Kysely } from "kysely";

const COLUMNS = ["level_sexual", "level_criminal", "level_labour", "reason_count"] as const;

interface StoredPicture {
  byType?: Record<string, { level?: number } | undefined>;
  reasons?: { level?: number }[];
}

/**
 * The level per exploitation type and the number of reasons in their own columns, so the
 * caseload filters and shows them without loading the picture JSON (about 27 kB per youth with
 * 50 signals). Filled from the stored pictures; recomputes keep them up to date.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of COLUMNS) {
    await db.schema
      .alterTable("youths")
      .addColumn(column, "integer", (col) => col.notNull().defaultTo(0))
      .execute();
  }
  let after = "";
  for (;;) {
    const { rows } = await sql<{ id: string; picture: string }>`
      select id, picture from youths
      where picture is not null and id > ${after}
      order by id limit 500`.execute(db);
    if (rows.length === 0) break;
    for (const row of rows) {
      const p = JSON.parse(row.picture) as StoredPicture;
      const level = (type: string) => p.byType?.[type]?.level ?? 0;
      const reasons = (p.reasons ?? []).filter((r) => (r.level ?? 0) > 0).length;
      await sql`
        update youths set level_sexual = ${level("sexual")}, level_criminal = ${level("criminal")},
          level_labour = ${level("labour")}, reason_count = ${reasons}
        where id = ${row.id}`.execute(db);
    }
    after = rows[rows.length - 1]?.id ?? after;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of [...COLUMNS].reverse()) {
    await db.schema.alterTable("youths").dropColumn(column).execute();
  }
}
