/** Looks up records of the seeded demo world directly in the database (for test setup). */
import type { ServiceDeps } from "../../src/services/deps.js";
import { field } from "../../src/db/encrypted-columns.js";

/** The id of a demo youth by its display name (names are encrypted, so decrypt each). */
export async function demoYouthId(deps: ServiceDeps, displayName: string): Promise<string> {
  const rows = await deps.db.selectFrom("youths").select(["id", "display_name_enc"]).execute();
  const row = rows.find(
    (r) =>
      deps.crypto.decrypt(r.display_name_enc, field("youths", "display_name_enc", r.id)) ===
      displayName,
  );
  if (!row) throw new Error(`no demo youth ${displayName}`);
  return row.id;
}

/** A user's id by e-mail address. */
export async function userId(deps: ServiceDeps, email: string): Promise<string> {
  const row = await deps.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/** Yesterday as YYYY-MM-DD (UTC): a valid observation date for a signal recorded now. */
export function yesterday(now: Date = new Date()): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
}
