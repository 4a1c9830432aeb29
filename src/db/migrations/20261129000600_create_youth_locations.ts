import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("handover_notes")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("from_organisation_id", "varchar(36)", (c) =>
      c.notNull().references("organisations.id"),
    )
    .addColumn("to_organisation_id", "varchar(36)", (c) =>
      c.notNull().references("organisations.id"),
    )
    .addColumn("open_concerns", "text", (c) => c.notNull())
    .addColumn("safety_agreements", "text", (c) => c.notNull())
    .addColumn("next_steps", "text", (c) => c.notNull())
    .addColumn("created_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("youth_locations")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull().references("youths.id"))
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("started_at", "varchar(32)", (c) => c.notNull())
    .addColumn("ended_at", "varchar(32)")
    .addColumn("handover_note_id", "varchar(36)", (c) => c.references("handover_notes.id"))
    .execute();
  await db.schema
    .createIndex("youth_locations_youth_idx")
    .on("youth_locations")
    .column("youth_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("youth_locations").execute();
  await db.schema.dropTable("handover_notes").execute();
}
