/** API tokens for machine clients: only the SHA-256 of a token is stored. */
import { createHash } from "node:crypto";
import type { Insertable, Selectable } from "kysely";
import type { TokenScope } from "../../domain/policies.js";
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

/** Tokens within a scope (policies.tokenScope): all, one organisation's users, or one user's. */
export function listTokens(db: Db, scope: TokenScope) {
  let q = db
    .selectFrom("api_tokens as t")
    .innerJoin("users as u", "u.id", "t.user_id")
    .select([
      "t.id",
      "t.name",
      "t.user_id",
      "u.email",
      "t.created_by",
      "t.scopes",
      "t.expires_at",
      "t.created_at",
      "t.revoked_at",
    ]);
  if (scope.kind === "organisation")
    q = q.where((eb) =>
      eb.or([eb("u.organisation_id", "=", scope.organisationId), eb("u.id", "=", scope.userId)]),
    );
  if (scope.kind === "own") q = q.where("u.id", "=", scope.userId);
  return q.orderBy("t.created_at", "desc").orderBy("t.id").limit(200).execute();
}

/** The holder of a token (for the policy check before a revocation), or undefined. */
export function findTokenOwner(
  db: Db,
  id: string,
): Promise<{ userId: string; organisationId: string } | undefined> {
  return db
    .selectFrom("api_tokens as t")
    .innerJoin("users as u", "u.id", "t.user_id")
    .select(["u.id as userId", "u.organisation_id as organisationId"])
    .where("t.id", "=", id)
    .executeTakeFirst();
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
