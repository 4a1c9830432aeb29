import type { Kysely } from "kysely";

/**
 * A user account is changed by administrators (roles, deactivation, reactivation, 2FA reset;
 * issue 19): optimistic concurrency with `version`, like every other mutable record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("version").execute();
}
