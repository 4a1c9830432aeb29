/**
 * Scoped, expiring API tokens for machine clients (`Authorization: Bearer <token>`). A token acts
 * for the person who created it — never for someone else — limited by its scopes: `read` allows
 * GET, `write` allows changes. It is created with a session (a token cannot mint tokens), shown
 * once, and only its hash is stored. An administrator's token carries no casework role
 * (policies.tokenRoles), so admins never reach dossier content through a token (PRODUCT.md §2).
 * Admins list and revoke tokens within their organisation (policies.tokenScope).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { DomainError, notFound } from "../../domain/errors.js";
import { authorize, canManageToken, tokenScope } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findTokenByHash,
  findTokenOwner,
  hashToken,
  insertToken,
  listTokens,
  revokeToken,
} from "../../db/repositories/token.repository.js";
import { findUserById, type UserRow } from "../../db/repositories/user.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import type { ApiTokenList } from "../../shared/api/tokens.js";

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
const PREFIX = "izt_";

/** Creates a token for the calling user, for the machine client its name describes. */
export async function createApiToken(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { name: string; scopes: TokenScope[]; expiresInDays: number },
): Promise<{ id: string; token: string; expiresAt: string }> {
  authorize(ctx.actor, "token.create");
  if (ctx.apiTokenId)
    throw new DomainError("FORBIDDEN", "Create API tokens while logged in, not with a token.");
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const id = randomUUID();
  const expiresAt = new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertToken(trx, {
      id,
      token_hash: hashToken(token),
      name: input.name,
      user_id: ctx.actor.userId,
      scopes: JSON.stringify(input.scopes),
      expires_at: expiresAt,
      created_by: ctx.actor.userId,
      created_at: ctx.now.toISOString(),
      revoked_at: null,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "token.create",
      recordType: "api_token",
      recordIds: [id],
      details: { scopes: input.scopes },
    });
  });
  return { id, token, expiresAt };
}

/** The tokens the actor may manage: all (system admin), their organisation's, or their own. */
export async function findApiTokens(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
): Promise<ApiTokenList> {
  const rows = await listTokens(deps.db, tokenScope(ctx.actor));
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      user: { id: r.user_id, email: r.email },
      createdBy: r.created_by,
      scopes: JSON.parse(r.scopes) as ApiTokenList["items"][number]["scopes"],
      expiresAt: r.expires_at,
      createdAt: r.created_at,
      revokedAt: r.revoked_at,
    })),
  };
}

/** Revokes a token; one outside the actor's scope answers 404, like one that does not exist. */
export async function revokeApiToken(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  id: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const owner = await findTokenOwner(trx, id);
    if (!owner || !canManageToken(ctx.actor, owner)) throw notFound("token");
    if (!(await revokeToken(trx, id, ctx.now.toISOString()))) throw notFound("token");
    await appendAudit(trx, auditContext(ctx), {
      action: "token.revoke",
      recordType: "api_token",
      recordIds: [id],
    });
  });
}

/**
 * The holder, scopes and id behind a bearer token, or null when unknown, revoked, expired or
 * not the creator's own (tokens minted for another person before that was refused stop here).
 */
export async function resolveApiToken(
  deps: ServiceDeps,
  token: string,
  now: Date,
): Promise<{ id: string; user: UserRow; scopes: TokenScope[] } | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const row = await findTokenByHash(deps.db, hashToken(token));
  if (!row || row.revoked_at || row.expires_at <= now.toISOString()) return null;
  if (row.created_by !== row.user_id) return null;
  const user = await findUserById(deps.db, row.user_id);
  if (!user || user.status !== "active") return null;
  return { id: row.id, user, scopes: JSON.parse(row.scopes) as TokenScope[] };
}
