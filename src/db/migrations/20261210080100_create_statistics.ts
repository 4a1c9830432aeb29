import type { Kysely } from "kysely";

/**
 * The anonymous statistics (issue 23). `statistics_cells` holds only published aggregates, with
 * suppression already applied: no name, no id of a youth or professional, no free text, and
 * periods coarsened to month or quarter. A computation replaces every row at once
 * (`statistics_runs` says when, with which threshold and rule set).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("statistics_runs")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("computed_at", "varchar(32)", (c) => c.notNull())
    .addColumn("window_from", "varchar(32)", (c) => c.notNull())
    .addColumn("threshold", "integer", (c) => c.notNull())
    .addColumn("rules_version", "varchar(80)", (c) => c.notNull())
    .addColumn("catalog_version", "varchar(40)", (c) => c.notNull())
    .addColumn("cells", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("statistics_cells")
    .addColumn("figure", "varchar(60)", (c) => c.notNull())
    .addColumn("location", "varchar(200)", (c) => c.notNull())
    .addColumn("org_type", "varchar(60)", (c) => c.notNull())
    .addColumn("period", "varchar(30)", (c) => c.notNull())
    .addColumn("breakdown", "varchar(120)", (c) => c.notNull())
    .addColumn("value", "double precision")
    .addColumn("subjects", "integer")
    .addColumn("suppressed", "integer", (c) => c.notNull())
    .addColumn("q1", "double precision")
    .addColumn("median", "double precision")
    .addColumn("q3", "double precision")
    .addPrimaryKeyConstraint("statistics_cells_pk", [
      "figure",
      "location",
      "org_type",
      "period",
      "breakdown",
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("statistics_cells").execute();
  await db.schema.dropTable("statistics_runs").execute();
}
