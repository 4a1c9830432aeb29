import type { Kysely } from "kysely";

/**
 * The export in the format of the Nationaal Rapporteur and CoMensha (issue 23): published cells
 * of CoMensha registrations by form of exploitation, age band, gender and region of origin, per
 * area, over the statistics window. Like `statistics_cells`: aggregates only, suppression applied,
 * no name, no id of a youth or professional, no free text, no date. Replaced with every run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("statistics_export_cells")
    .addColumn("location", "varchar(200)", (c) => c.notNull())
    .addColumn("form", "varchar(40)", (c) => c.notNull())
    .addColumn("age_band", "varchar(40)", (c) => c.notNull())
    .addColumn("gender", "varchar(40)", (c) => c.notNull())
    .addColumn("origin_region", "varchar(60)", (c) => c.notNull())
    .addColumn("value", "integer")
    .addColumn("subjects", "integer")
    .addColumn("suppressed", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("statistics_export_cells_pk", [
      "location",
      "form",
      "age_band",
      "gender",
      "origin_region",
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("statistics_export_cells").execute();
}
