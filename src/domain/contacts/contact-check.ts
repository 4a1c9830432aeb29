/**
 * When a sociale kaart entry counts as recently checked. A check is always a named person on a
 * day (the database cannot hold one without a name); after six months the entry shows "niet
 * recent gecontroleerd" again, and an entry nobody checked shows no date at all. Pure.
 */

/** Months after which a check no longer counts as recent (issue 16: six months). */
export const CONTACT_CHECK_FRESH_MONTHS = 6;

/** How the sociale kaart presents an entry's check. */
export type ContactCheckStatus = "recent" | "not_recent" | "never";

/** A check as stored: the checker's name and organisation, and the day. */
export interface ContactCheck {
  contactId: string;
  checkedOn: string;
  checkedBy: { name: string; organisation: string };
}

/** The day (YYYY-MM-DD) a check made on `checkedOn` stops counting as recent. */
export function checkExpiresOn(checkedOn: string): string {
  const d = new Date(`${checkedOn}T00:00:00.000Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + CONTACT_CHECK_FRESH_MONTHS);
  // Keep the day of the month, or the month's last day (31 August → 28/29 February).
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/** Recent, not recent (older than six months) or never checked, on the day `today`. */
export function contactCheckStatus(
  check: Pick<ContactCheck, "checkedOn" | "checkedBy"> | null,
  today: string,
): ContactCheckStatus {
  if (!check || check.checkedBy.name.trim() === "") return "never";
  return today < checkExpiresOn(check.checkedOn) ? "recent" : "not_recent";
}
