import type { Kysely } from "kysely";

/** What the missing protocol records beyond missing_episodes: details, return, checklist. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("missing_details")
    .addColumn("episode_id", "varchar(36)", (c) => c.primaryKey().references("missing_episodes.id"))
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull())
    .addColumn("reported_at", "varchar(32)", (c) => c.notNull())
    .addColumn("last_seen_where_enc", "text", (c) => c.notNull())
    .addColumn("last_seen_with_enc", "text")
    .addColumn("circumstances_enc", "text", (c) => c.notNull())
    .addColumn("belongings_enc", "text")
    .addColumn("level_at_start", "integer", (c) => c.notNull())
    .addColumn("end_outcome", "varchar(20)")
    .addColumn("found_where_enc", "text")
    .addColumn("ended_by", "varchar(36)")
    .addColumn("conversation_enc", "text")
    .addColumn("conversation_by", "varchar(36)")
    .addColumn("conversation_at", "varchar(32)")
    .addColumn("closed_at", "varchar(32)")
    .addColumn("closed_by", "varchar(36)")
    .addColumn("close_note_enc", "text")
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("missing_checklist_items")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("episode_id", "varchar(36)", (c) => c.notNull().references("missing_episodes.id"))
    .addColumn("youth_id", "varchar(36)", (c) => c.notNull())
    .addColumn("item", "varchar(40)", (c) => c.notNull())
    .addColumn("required", "integer", (c) => c.notNull())
    .addColumn("done_at", "varchar(32)")
    .addColumn("done_by", "varchar(36)")
    .addColumn("recorded_at", "varchar(32)")
    .addColumn("note_enc", "text")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("missing_checklist_items_uq", ["episode_id", "item"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("missing_checklist_items").execute();
  await db.schema.dropTable("missing_details").execute();
}
