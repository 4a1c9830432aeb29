/** API tokens for machine clients: only the SHA-256 of a token is stored. */
import { createHash } from "node:crypto";
import type { Insertable, Selectable } from "kysely";
import type { ApiTokenTable } from "../schema.js";
import type { Db } from "./youth.repository.js";

export type ApiTokenRow = Selectable<ApiTokenTable>;

export const hashToken = (token: string): string =>
  createHash("sha256").update(token).digest("hex");

export async function insertToken(db: Db, row: Insertable<ApiTokenTable>): Promise<void> {
  await db.insertInto("api_tokens").values(row).execute();
}

export function findTokenByHash(db: Db, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db
    .selectFrom("api_tokens")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export function listTokens(db: Db) {
  return db
    .selectFrom("api_tokens as t")
    .innerJoin("users as u", "u.id", "t.user_id")
    .select([
      "t.id",
      "t.name",
      "t.user_id",
      "u.email",
      "t.scopes",
      "t.expires_at",
      "t.created_at",
      "t.revoked_at",
    ])
    .orderBy("t.created_at", "desc")
    .limit(200)
    .execute();
}

export async function revokeToken(db: Db, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable("api_tokens")
    .set({ revoked_at: at })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
