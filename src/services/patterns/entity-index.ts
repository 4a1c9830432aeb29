/**
 * The keyed blind index of an entity: HMAC of its match class and normalised value, so equal
 * values match across youths without the database ever holding the value in plain text.
 */
import type { FieldCrypto } from "../../db/field-crypto.js";
import { matchClass, type EntityKind } from "../../domain/patterns/entities.js";

/** Purpose string of the entity blind index (kept stable: changing it breaks every match). */
export const ENTITY_INDEX_PURPOSE = "signal-entity";

/** The blind index of a normalised entity value. */
export function entityIndex(crypto: FieldCrypto, kind: EntityKind, normalised: string): string {
  return crypto.blindIndex(`${matchClass(kind)}\u0000${normalised}`, ENTITY_INDEX_PURPOSE);
}
