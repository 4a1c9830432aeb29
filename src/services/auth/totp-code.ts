/** Checking a TOTP code (RFC 6238: SHA-1, 6 digits, 30 s) and the time step it belongs to. */
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;

/** The otpauth generator for a base32 secret. */
export function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: "InZicht",
    label,
    secret: Secret.fromBase32(secretBase32),
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
  });
}

/**
 * The time step (unix seconds / 30) the code is valid for, allowing one step of clock drift
 * either way, or null when the code is wrong. The caller marks the step used so that one code
 * is accepted only once.
 */
export function totpStep(secretBase32: string, code: string, now: Date): number | null {
  const delta = totpFor(secretBase32, "x").validate({
    token: code,
    window: 1,
    timestamp: now.getTime(),
  });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
}
