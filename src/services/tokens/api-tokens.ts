/**
 * Scoped, expiring API tokens for machine clients (`Authorization: Bearer <token>`), created by an
 * administrator for a user whose access the client then has — limited by the token's scopes:
 * `read` allows GET, `write` allows changes. The token is shown once; only its hash is stored.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { DomainError, notFound, validationFailed } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findTokenByHash,
  hashToken,
  insertToken,
  listTokens,
  revokeToken,
} from "../../db/repositories/token.repository.js";
import { findUserById, type UserRow } from "../../db/repositories/user.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
const PREFIX = "izt_";

export async function createApiToken(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { name: string; userId: string; scopes: TokenScope[]; expiresInDays: number },
): Promise<{ id: string; token: string; expiresAt: string }> {
  authorize(ctx.actor, "user.manage");
  const user = await findUserById(deps.db, input.userId);
  if (!user || user.status !== "active")
    throw validationFailed("Unknown user.", [{ path: "userId", message: "unknown" }]);
  if (
    ctx.actor.roles.includes("org_admin") &&
    !ctx.actor.roles.includes("system_admin") &&
    user.organisation_id !== ctx.actor.organisationId
  ) {
    throw new DomainError(
      "FORBIDDEN",
      "An organisation admin creates tokens for their own organisation only.",
    );
  }
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const id = randomUUID();
  const expiresAt = new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertToken(trx, {
      id,
      token_hash: hashToken(token),
      name: input.name,
      user_id: user.id,
      scopes: JSON.stringify(input.scopes),
      expires_at: expiresAt,
      created_by: ctx.actor.userId,
      created_at: ctx.now.toISOString(),
      revoked_at: null,
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "token.create",
      recordType: "api_token",
      recordIds: [id, user.id],
      details: { scopes: input.scopes },
    });
  });
  return { id, token, expiresAt };
}

export async function findApiTokens(deps: ServiceDeps, ctx: AuthenticatedContext) {
  authorize(ctx.actor, "user.manage");
  const rows = await listTokens(deps.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      user: { id: r.user_id, email: r.email },
      scopes: JSON.parse(r.scopes) as string[],
      expiresAt: r.expires_at,
      createdAt: r.created_at,
      revokedAt: r.revoked_at,
    })),
  };
}

export async function revokeApiToken(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  id: string,
): Promise<void> {
  authorize(ctx.actor, "user.manage");
  await deps.db.transaction().execute(async (trx) => {
    if (!(await revokeToken(trx, id, ctx.now.toISOString()))) throw notFound("token");
    await appendAudit(trx, auditContext(ctx), {
      action: "token.revoke",
      recordType: "api_token",
      recordIds: [id],
    });
  });
}

/** The user and scopes behind a bearer token, or null when unknown, revoked or expired. */
export async function resolveApiToken(
  deps: ServiceDeps,
  token: string,
  now: Date,
): Promise<{ user: UserRow; scopes: TokenScope[] } | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const row = await findTokenByHash(deps.db, hashToken(token));
  if (!row || row.revoked_at || row.expires_at <= now.toISOString()) return null;
  const user = await findUserById(deps.db, row.user_id);
  if (!user || user.status !== "active") return null;
  return { user, scopes: JSON.parse(row.scopes) as TokenScope[] };
}
