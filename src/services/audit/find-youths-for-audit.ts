/**
 * The privacy officer looks a youth up by name or V-number to read that youth's access log.
 * The privacy officer reaches no dossier, so this returns only id, display name, location and
 * status, at most 20 matches, and the lookup itself is logged (with the number of matches, not
 * the search text, which may be a name).
 */
import { validationFailed } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { normaliseIdentifier, normaliseName } from "../../db/field-crypto.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listOrganisations } from "../../db/repositories/user.repository.js";
import {
  findYouthsByVNumberIdx,
  listYouthNamesPage,
} from "../../db/repositories/youth.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import type { AuditYouthMatch } from "../../shared/api/audit.js";
import { field } from "../../db/encrypted-columns.js";

export type { AuditYouthMatch };

const MAX_MATCHES = 20;
const BATCH = 2_000;

/** Looks like a V-number ("V-2607-1101", "v26071101"), not a name. */
const looksLikeVNumber = (q: string) => /^v[- ]?[0-9]/i.test(q) || /^[0-9 -]{4,}$/.test(q);

export async function findYouthsForAudit(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  q: string,
): Promise<{ items: AuditYouthMatch[]; truncated: boolean }> {
  authorize(ctx.actor, "audit.read");
  const orgs = new Map((await listOrganisations(deps.db)).map((o) => [o.id, o.name]));
  const match = (row: {
    id: string;
    display_name_enc: string;
    location_id: string;
    status: string;
  }) => ({
    id: row.id,
    displayName: deps.crypto.decrypt(
      row.display_name_enc,
      field("youths", "display_name_enc", row.id),
    ),
    location: { id: row.location_id, name: orgs.get(row.location_id) ?? "" },
    status: row.status,
  });
  const items: AuditYouthMatch[] = [];
  let truncated = false;
  const query = q.trim();
  if (looksLikeVNumber(query)) {
    const idx = deps.crypto.blindIndex(normaliseIdentifier(query), "v-number");
    items.push(...(await findYouthsByVNumberIdx(deps.db, idx)).map(match));
  } else {
    const wanted = normaliseName(query).trim();
    if (!wanted)
      throw validationFailed("Type part of a name or a V-number.", [
        { path: "q", message: "no letters" },
      ]);
    let after = "";
    scan: for (;;) {
      const rows = await listYouthNamesPage(deps.db, after, BATCH);
      for (const row of rows) {
        const found = match(row);
        if (!normaliseName(found.displayName).includes(wanted)) continue;
        if (items.length === MAX_MATCHES) {
          truncated = true;
          break scan;
        }
        items.push(found);
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]?.id ?? after;
    }
  }
  items.sort((a, b) => a.displayName.localeCompare(b.displayName, "nl"));
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "audit.youth_search",
    details: { matches: items.length, byVNumber: looksLikeVNumber(query) },
  });
  return { items, truncated };
}
