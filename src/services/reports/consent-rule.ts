/** Who signs the CoMensha consent for this youth today, for the form and the checks. */
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { YouthRow } from "../../db/repositories/youth.repository.js";
import { consentAgeUncertain, requiredSigner } from "../../domain/steps/consent.js";
import { isGuardianOf } from "../../domain/steps/policies.js";
import type { YouthRelation } from "../../domain/policies.js";
import { ageOn, isoDate } from "../../domain/youth/age.js";
import type { ConsentRule } from "../../shared/reports.schema.js";
import { field } from "../../db/encrypted-columns.js";

export function consentRuleFor(
  youth: YouthRow,
  crypto: FieldCrypto,
  relation: YouthRelation,
  now: Date,
): ConsentRule {
  const dob = crypto.decrypt(youth.dob_enc, field("youths", "dob_enc", youth.id));
  const today = isoDate(now);
  const estimated = youth.dob_estimated === 1;
  return {
    requiredSigner: requiredSigner(dob, today),
    age: ageOn(dob, today),
    estimated,
    uncertain: consentAgeUncertain(dob, estimated, today),
    actorIsGuardian: isGuardianOf(relation),
  };
}
