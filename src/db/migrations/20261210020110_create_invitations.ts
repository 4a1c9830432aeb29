import type { Kysely } from "kysely";

/** Invitations to a colleague (issue 19): the link's token only as a sha-256, valid 72 h. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("invitations")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("token_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("email", "varchar(320)", (c) => c.notNull())
    .addColumn("display_name", "varchar(200)", (c) => c.notNull())
    .addColumn("roles", "text", (c) => c.notNull())
    .addColumn("language", "varchar(5)", (c) => c.notNull())
    .addColumn("invited_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .addColumn("accepted_at", "varchar(32)")
    .addColumn("user_id", "varchar(36)", (c) => c.references("users.id"))
    .execute();
  await db.schema
    .createIndex("invitations_org_idx")
    .on("invitations")
    .column("organisation_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("invitations").execute();
}
