/**
 * Turns a youth row into what the API shows: identifiers decrypted, age and "turns 18 in N
 * months" computed, and only the header for actors who may not read the full file.
 */
import { ageOn, isoDate, monthsUntil18 } from "../../domain/youth/age.js";
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { YouthListRow } from "../../db/repositories/youth.repository.js";
import type { YouthSummary } from "../../shared/youth.schema.js";
import { field } from "../../db/encrypted-columns.js";

/** The header every reachable actor sees. */
export function youthSummary(
  row: YouthListRow,
  crypto: FieldCrypto,
  locationName: string,
  now: Date,
): YouthSummary {
  const dob = crypto.decrypt(row.dob_enc, field("youths", "dob_enc", row.id));
  const today = isoDate(now);
  return {
    id: row.id,
    displayName: crypto.decrypt(row.display_name_enc, field("youths", "display_name_enc", row.id)),
    age: ageOn(dob, today),
    // Always shown while the youth is under 18 (PRODUCT.md B), not only in the last year: the
    // turn to 18 ends youth care, and guardians plan for it from 16 on.
    turns18InMonths: monthsUntil18(dob, today, Number.POSITIVE_INFINITY),
    location: { id: row.location_id, name: locationName },
    status: row.status,
    level: row.level,
    levelChangedAt: row.level_changed_at,
    previousLevel: row.previous_level,
  };
}
