/**
 * Consent for a CoMensha registration (facts.md §4): a youth of 16 or older signs the
 * toestemmingsverklaring; under 16 the guardian (for an AMV'er: the Nidos guardian) signs.
 * Veilig Thuis needs no consent (meldrecht, Wmo 2015 art. 5.2.6): record why, and that the youth
 * knows. Pure.
 */
import { ageOn } from "../youth/age.js";

/** The age from which a youth signs the CoMensha consent statement themselves. */
export const COMENSHA_SELF_CONSENT_AGE = 16;

export type ConsentSigner = "youth" | "guardian";

/** Who must sign for a youth with this date of birth, on the day of signing (YYYY-MM-DD). */
export function requiredSigner(dateOfBirth: string, signedOn: string): ConsentSigner {
  return ageOn(dateOfBirth, signedOn) >= COMENSHA_SELF_CONSENT_AGE ? "youth" : "guardian";
}

/**
 * With an estimated date of birth, the age is uncertain near the boundary: within this many
 * days of the 16th birthday the UI advises asking both youth and guardian.
 */
export const UNCERTAIN_AGE_MARGIN_DAYS = 183;

/** True when the estimated age is within the margin of 16 on the day of signing. */
export function consentAgeUncertain(
  dateOfBirth: string,
  estimated: boolean,
  signedOn: string,
): boolean {
  if (!estimated) return false;
  const [y, m, d] = dateOfBirth.split("-").map(Number);
  if (!y || !m || !d) return true;
  const sixteenth = Date.UTC(y + COMENSHA_SELF_CONSENT_AGE, m - 1, d);
  const on = Date.parse(`${signedOn}T00:00:00Z`);
  return Math.abs(on - sixteenth) <= UNCERTAIN_AGE_MARGIN_DAYS * 86_400_000;
}

/** Why a Veilig Thuis report is made (consent is not required, knowledge is the norm). */
export const VT_CONSENT_STATUSES = [
  "consent_given",
  "refused_reported_anyway",
  "not_asked_safety",
  "not_asked_other",
] as const;
export type VtConsentStatus = (typeof VT_CONSENT_STATUSES)[number];
