/**
 * "Mijn jongeren": the youths the actor may reach, highest level first, with keyset paging.
 * Search by V-number uses the blind index; search by name decrypts only reachable rows.
 */
import { authorize } from "../../domain/policies.js";
import { normaliseIdentifier, normaliseName } from "../../db/field-crypto.js";
import { listOrganisations } from "../../db/repositories/user.repository.js";
import { listReachableYouths, youthListPosition } from "../../db/repositories/youth.repository.js";
import type { YouthSummary } from "../../shared/youth.schema.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { decodeYouthCursor, encodeYouthCursor } from "./youth-cursor.js";
import { youthSummary } from "./youth-view.js";

export interface FindYouthsInput {
  q?: string | undefined;
  status?: string | undefined;
  locationId?: string | undefined;
  minLevel?: number | undefined;
  limit: number;
  cursor?: string | undefined;
}

export async function findYouths(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: FindYouthsInput,
): Promise<{ items: YouthSummary[]; nextCursor: string | null }> {
  authorize(ctx.actor, "youth.list");
  const q = input.q?.trim() ?? "";
  const looksLikeId = /^[0-9 -]{4,}$/.test(q) || /^v[- ]?[0-9]{4,}/i.test(q);
  const orgs = new Map((await listOrganisations(deps.db)).map((o) => [o.id, o.name]));
  const nameQuery = q && !looksLikeId ? normaliseName(q) : "";
  const items: YouthSummary[] = [];
  let after = decodeYouthCursor(input.cursor);
  // Name search filters decrypted rows, so read pages until enough matches (bounded).
  for (let page = 0; page < 50 && items.length < input.limit; page++) {
    const rows = await listReachableYouths(deps.db, ctx.actor, ctx.now, {
      locationId: input.locationId,
      status: input.status,
      minLevel: input.minLevel,
      vNumberIdx: looksLikeId
        ? deps.crypto.blindIndex(normaliseIdentifier(q), "v-number")
        : undefined,
      after,
      limit: input.limit,
    });
    for (const row of rows) {
      const s = youthSummary(row, deps.crypto, orgs.get(row.location_id) ?? "", ctx.now);
      if (!nameQuery || normaliseName(s.displayName).includes(nameQuery)) items.push(s);
      after = youthListPosition(row);
      if (items.length >= input.limit) break;
    }
    if (rows.length < input.limit) {
      // The last page: no cursor, unless the page filled up before its end.
      if (items.length < input.limit) after = undefined;
      break;
    }
  }
  // The list shows names and levels: which youths someone saw is logged too (ids only).
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "youth.list",
    recordType: "youth",
    recordIds: items.map((i) => i.id).slice(0, 50),
    details: { list: "youths", shown: items.length, search: q !== "" },
  });
  // `after` is where to go on: the last item returned (the loop stops right after adding it), or
  // the last row searched when a name search used up its page budget; undefined at the end.
  return { items, nextCursor: after ? encodeYouthCursor(after) : null };
}
