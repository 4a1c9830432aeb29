/**
 * Turns a youth row into what the API shows: identifiers decrypted, age and "turns 18 in N
 * months" computed, and only the header for actors who may not read the full file.
 */
import { ageOn, isoDate, monthsUntil18 } from "../../domain/youth/age.js";
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { YouthListRow } from "../../db/repositories/youth.repository.js";
import type { YouthSummary } from "../../shared/youth.schema.js";
import { field } from "../../db/encrypted-columns.js";

/**
 * "Today" of a request's clock, formatted once per clock value: a list builds a header per row
 * with the same `now` (Intl formatting showed as 5 % of the caseload service in the profile, bench/README.md).
 */
let today = { at: Number.NaN, date: "" };
function todayOf(now: Date): string {
  const at = now.getTime();
  if (at !== today.at) today = { at, date: isoDate(now) };
  return today.date;
}

/** The header every reachable actor sees. */
export function youthSummary(
  row: YouthListRow,
  crypto: FieldCrypto,
  locationName: string,
  now: Date,
): YouthSummary {
  return youthHeader(row, crypto, locationName, now).summary;
}

/** The header and the decrypted date of birth it was computed from (the dossier shows it too). */
export function youthHeader(
  row: YouthListRow,
  crypto: FieldCrypto,
  locationName: string,
  now: Date,
): { summary: YouthSummary; dateOfBirth: string } {
  const dob = crypto.decrypt(row.dob_enc, field("youths", "dob_enc", row.id));
  const date = todayOf(now);
  return {
    dateOfBirth: dob,
    summary: {
      id: row.id,
      displayName: crypto.decrypt(
        row.display_name_enc,
        field("youths", "display_name_enc", row.id),
      ),
      age: ageOn(dob, date),
      // Always shown while the youth is under 18 (PRODUCT.md B), not only in the last year: the
      // turn to 18 ends youth care, and guardians plan for it from 16 on.
      turns18InMonths: monthsUntil18(dob, date, Number.POSITIVE_INFINITY),
      location: { id: row.location_id, name: locationName },
      status: row.status,
      level: row.level,
      levelChangedAt: row.level_changed_at,
      previousLevel: row.previous_level,
    },
  };
}
