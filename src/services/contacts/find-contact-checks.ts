/**
 * The newest check of each sociale kaart entry (GET /api/contact-checks). Public like the
 * sociale kaart itself: it holds no youth data, only the checker's name and organisation, which
 * the checker was told would be shown. Not written to the access log (no dossier is read).
 */
import { latestContactChecks } from "../../db/repositories/contact-check.repository.js";
import { isoDate } from "../../domain/youth/age.js";
import type { ContactCheckList } from "../../shared/contacts.schema.js";
import type { RequestContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { contactCheckView } from "./contact-check-view.js";

/** Checks of contacts that are in the current content, newest per contact. */
export async function findContactChecks(
  deps: ServiceDeps,
  ctx: RequestContext,
): Promise<ContactCheckList> {
  const known = new Set(deps.catalog.contacts.map((c) => c.id));
  const today = isoDate(ctx.now);
  const rows = await latestContactChecks(deps.db);
  return {
    checks: rows.flatMap((r) => {
      if (!known.has(r.contact_id)) return [];
      const view = contactCheckView(r, today);
      return view ? [view] : [];
    }),
  };
}
