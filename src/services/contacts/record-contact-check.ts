/**
 * A trainer or org admin marks a sociale kaart entry as checked
 * (POST /api/contact-checks/{contactId}): their own name and organisation, today, in one
 * transaction with the access-log entry. The name comes from their account, never from input.
 */
import { randomUUID } from "node:crypto";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { insertContactCheck } from "../../db/repositories/contact-check.repository.js";
import { findOrganisation, findUserById } from "../../db/repositories/user.repository.js";
import { DomainError } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import { isoDate } from "../../domain/youth/age.js";
import type { ContactCheckView } from "../../shared/contacts.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { contactCheckView } from "./contact-check-view.js";

/** Records the check and returns it as the sociale kaart will show it. */
export async function recordContactCheck(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { contactId: string },
): Promise<ContactCheckView> {
  authorize(ctx.actor, "contact.check");
  if (!deps.catalog.contacts.some((c) => c.id === input.contactId)) {
    throw new DomainError("NOT_FOUND", "This contact is not on the sociale kaart.");
  }
  const user = await findUserById(deps.db, ctx.actor.userId);
  const name = user?.display_name.trim() ?? "";
  if (!user || name === "") {
    // Never a date without a named checker.
    throw new DomainError("FORBIDDEN", "Your account has no name, so a check cannot be recorded.");
  }
  const org = await findOrganisation(deps.db, user.organisation_id);
  const row = {
    id: randomUUID(),
    contact_id: input.contactId,
    checked_by: user.id,
    checker_name: name,
    checker_organisation: org?.name ?? "",
    checked_on: isoDate(ctx.now),
    recorded_at: ctx.now.toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertContactCheck(trx, row);
    await appendAudit(trx, auditContext(ctx), {
      action: "contact.check",
      recordType: "contact_check",
      recordIds: [row.id],
      details: { contactId: row.contact_id, checkedOn: row.checked_on },
    });
  });
  const view = contactCheckView(row, row.checked_on);
  if (!view) throw new Error("unreachable: a fresh named check is recent");
  return view;
}
