/**
 * A value exactly as FieldCrypto wrote it before ADR 0009 (format v1: additional data only
 * `v1:<keyId>`), for tests of the upgrade that rewrites such values as v2.
 */
import { createCipheriv, hkdfSync, randomBytes } from "node:crypto";

/** Encrypts like main's FieldCrypto did before the v2 binding. */
export function legacyV1(key: { id: string; secret: string }, plaintext: string): string {
  const enc = Buffer.from(
    hkdfSync("sha256", Buffer.from(key.secret), Buffer.from("inzicht-field-crypto"), "enc", 32),
  );
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", enc, iv);
  cipher.setAAD(Buffer.from(`v1:${key.id}`));
  const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", key.id, ...[iv, cipher.getAuthTag(), ct].map((b) => b.toString("base64url"))].join(
    ":",
  );
}
