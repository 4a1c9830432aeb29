/**
 * Structured mentions on a signal (issue 25): a closed list of kinds, each with one
 * normalisation, so the same phone number, plate or address written in different ways matches
 * across youths. There is no free kind: nationality, religion or any other category about a
 * person cannot be recorded here (PRODUCT.md §M, docs/patterns.md).
 */
import { parsePhoneNumberFromString } from "libphonenumber-js";

/** The closed list of entity kinds. */
export const ENTITY_KINDS = [
  "phone",
  "address",
  "person_name",
  "vehicle",
  "social_handle",
  "place",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Longest value accepted for one entity (before normalisation). */
export const ENTITY_VALUE_MAX = 200;
/** Most entities on one signal. */
export const ENTITIES_PER_SIGNAL_MAX = 10;

/**
 * The kinds that match one another: an address and "the place where it happened" are the same
 * kind of thing, so the same street matches whether it was entered as either.
 */
export function matchClass(kind: EntityKind): string {
  return kind === "place" ? "address" : kind;
}

/** Trimmed, case-folded, whitespace collapsed (addresses, places, names). */
function foldText(value: string): string {
  return value.normalize("NFKC").trim().toLocaleLowerCase("nl-NL").replace(/\s+/g, " ");
}

/** A Dutch licence plate: letters and digits only, upper case (6 characters, e.g. "AB123C"). */
const PLATE = /^[A-Z0-9]{6}$/;

export type NormaliseResult = { ok: true; value: string } | { ok: false; reason: string };

/**
 * The normal form of an entity value, or why it cannot be one. Phone numbers become E.164 (the
 * default region is NL, so `06-12345678`, `+31612345678` and `0031 6 1234 5678` are one number);
 * a vehicle that looks like a plate loses dashes and spaces and is upper-cased, otherwise it is
 * treated as make and colour (folded text); handles lose a leading `@` and are lower-cased.
 */
export function normaliseEntity(kind: EntityKind, raw: string): NormaliseResult {
  const trimmed = raw.trim();
  if (trimmed.length === 0) return { ok: false, reason: "empty" };
  switch (kind) {
    case "phone": {
      const phone = parsePhoneNumberFromString(trimmed, "NL");
      if (!phone?.isValid()) return { ok: false, reason: "not a valid phone number" };
      return { ok: true, value: phone.number };
    }
    case "vehicle": {
      const plate = trimmed.replace(/[\s-]/g, "").toUpperCase();
      if (PLATE.test(plate) && /\d/.test(plate) && /[A-Z]/.test(plate))
        return { ok: true, value: plate };
      return { ok: true, value: foldText(trimmed) };
    }
    case "social_handle": {
      const handle = foldText(trimmed).replace(/^@+/, "").replace(/\s/g, "");
      if (handle.length === 0) return { ok: false, reason: "empty" };
      return { ok: true, value: handle };
    }
    case "address":
    case "place":
    case "person_name":
      return { ok: true, value: foldText(trimmed) };
  }
}
