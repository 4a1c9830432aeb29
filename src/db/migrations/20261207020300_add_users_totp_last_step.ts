import type { Kysely } from "kysely";

/**
 * The last TOTP time step (unix time / 30 s) a user's code was accepted for, so one code cannot
 * be used twice (RFC 6238 §5.2). Null until the first code is used.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("totp_last_step", "integer").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("totp_last_step").execute();
}
