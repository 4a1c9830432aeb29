/** A stored check as the API shows it, with its status on a given day. */
import type { ContactCheckRow } from "../../db/repositories/contact-check.repository.js";
import { checkExpiresOn, contactCheckStatus } from "../../domain/contacts/contact-check.js";
import type { ContactCheckView } from "../../shared/contacts.schema.js";

/** The view of one check, or null when it has no named checker (never shown with a date). */
export function contactCheckView(row: ContactCheckRow, today: string): ContactCheckView | null {
  const check = {
    checkedOn: row.checked_on,
    checkedBy: { name: row.checker_name, organisation: row.checker_organisation },
  };
  const status = contactCheckStatus(check, today);
  if (status === "never") return null;
  return {
    contactId: row.contact_id,
    ...check,
    status,
    recentUntil: checkExpiresOn(row.checked_on),
  };
}
