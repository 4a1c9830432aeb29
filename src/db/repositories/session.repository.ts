/** Server-side sessions: only the SHA-256 of the session id is stored. */
import { createHash } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database, SessionTable } from "../schema.js";

export type SessionRow = Selectable<SessionTable>;

export function hashSessionId(id: string): string {
  return createHash("sha256").update(id).digest("hex");
}

export async function insertSession(db: Kysely<Database>, row: SessionRow): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

export function findSession(db: Kysely<Database>, idHash: string): Promise<SessionRow | undefined> {
  return db.selectFrom("sessions").selectAll().where("id_hash", "=", idHash).executeTakeFirst();
}

export async function touchSession(
  db: Kysely<Database>,
  idHash: string,
  at: string,
): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: at })
    .where("id_hash", "=", idHash)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

/** Removes expired sessions (housekeeping, not user data). */
export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<", now).execute();
}
