/**
 * What a sociale kaart entry says about its check. A date is shown only together with the name
 * of the person who checked it; a check without a name counts as never checked. Pure.
 */
import type { ContactCheckView } from "../../../../src/shared/contacts.schema";

/** The note under a contact: recently checked, not recently checked, or never checked. */
export type CheckNote =
  | { kind: "recent" | "not_recent"; checkedOn: string; name: string; organisation: string }
  | { kind: "never" };

/** The note for an entry's newest check (undefined: nobody checked it yet). */
export function checkNote(check: ContactCheckView | undefined): CheckNote {
  const name = check?.checkedBy.name.trim() ?? "";
  if (!check || name === "") return { kind: "never" };
  return {
    kind: check.status,
    checkedOn: check.checkedOn,
    name,
    organisation: check.checkedBy.organisation.trim(),
  };
}

/** A checked date as a long local date, e.g. "24 november 2025". */
export function formatCheckedDate(isoDate: string, lang: "nl" | "en"): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

type Translate = (key: string, values?: Record<string, string>) => string;

/** The note as text in the interface language. */
export function checkNoteText(note: CheckNote, t: Translate, lang: "nl" | "en"): string {
  if (note.kind === "never") return t("catalog.contacts.check.never");
  const by = note.organisation
    ? t("catalog.contacts.check.byWithOrg", { name: note.name, organisation: note.organisation })
    : note.name;
  return t(`catalog.contacts.check.${note.kind === "recent" ? "recent" : "notRecent"}`, {
    date: formatCheckedDate(note.checkedOn, lang),
    by,
  });
}
