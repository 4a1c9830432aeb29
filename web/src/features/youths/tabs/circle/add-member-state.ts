/**
 * The add-member form's choice of person and relation. Picking a person proposes the relation
 * that matches their role (a guardian → "Voogd"); the user may change it. After an add the form
 * starts over with no relation chosen ("Kies eerst een professional"), so the next person's own
 * role is proposed — it never falls back to "Anders" for someone it does not fit.
 */
import { CIRCLE_RELATIONS } from "../../values";

/** The person and relation chosen so far ("" = none yet). */
export interface MemberChoice {
  userId: string;
  relation: string;
}

export const NO_CHOICE: MemberChoice = { userId: "", relation: "" };

/** The relation that matches a professional's roles, "other" when none does. */
export function suggestedRelation(p: { roles: readonly string[] } | undefined): string {
  if (!p) return "";
  return p.roles.find((r) => (CIRCLE_RELATIONS as readonly string[]).includes(r)) ?? "other";
}

/** A person was picked (or un-picked): propose their relation. */
export function pickPerson(
  userId: string,
  person: { roles: readonly string[] } | undefined,
): MemberChoice {
  return { userId, relation: userId ? suggestedRelation(person) : "" };
}

/** The user chose a relation themselves: keep it for this person. */
export function chooseRelation(choice: MemberChoice, relation: string): MemberChoice {
  return { ...choice, relation };
}

/** After a successful add: nobody and no relation chosen, ready for the next person. */
export function afterAdd(): MemberChoice {
  return NO_CHOICE;
}
