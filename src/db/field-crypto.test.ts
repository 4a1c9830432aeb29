import { describe, expect, it } from "vitest";
import { legacyV1 } from "../../test/support/legacy-ciphertext.js";
import { field } from "./encrypted-columns.js";
import {
  FieldCrypto,
  FieldIntegrityError,
  normaliseIdentifier,
  normaliseName,
} from "./field-crypto.js";

const k1 = { id: "k1", secret: "a".repeat(40) };
const k2 = { id: "k2", secret: "b".repeat(40) };
const here = field("youths", "v_number_enc", "row-1");

describe("field encryption", () => {
  it("round-trips and never stores the plaintext", () => {
    const c = new FieldCrypto([k1]);
    const stored = c.encrypt("V-1234567890", here);
    expect(stored).not.toContain("1234567890");
    expect(c.decrypt(stored, here)).toBe("V-1234567890");
  });

  it("uses a fresh IV for every value", () => {
    const c = new FieldCrypto([k1]);
    expect(c.encrypt("same", here)).not.toBe(c.encrypt("same", here));
  });

  it("decrypts values of an older key after rotation and encrypts under the new key", () => {
    const old = new FieldCrypto([k1]).encrypt("Amir", here);
    const rotated = new FieldCrypto([k2, k1]);
    expect(rotated.decrypt(old, here)).toBe("Amir");
    expect(FieldCrypto.keyIdOf(rotated.encrypt("Amir", here))).toBe("k2");
  });

  it("detects a tampered value", () => {
    const c = new FieldCrypto([k1]);
    const stored = c.encrypt("secret", here);
    const parts = stored.split(":");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => c.decrypt(parts.join(":"), here)).toThrow(FieldIntegrityError);
  });

  it.each([
    ["another row", field("youths", "v_number_enc", "row-2")],
    ["another column", field("youths", "bsn_enc", "row-1")],
    ["another table", field("signals", "facts_enc", "row-1")],
  ])("refuses a value moved to %s, with an error that names the place, not the value", (_, to) => {
    const c = new FieldCrypto([k1]);
    const stored = c.encrypt("V-1234567890", here);
    expect(() => c.decrypt(stored, to)).toThrow(FieldIntegrityError);
    expect(() => c.decrypt(stored, to)).toThrow(/moved or altered/);
    expect(() => c.decrypt(stored, to)).not.toThrow(/1234567890/);
    expect(c.decrypt(stored, here)).toBe("V-1234567890");
  });

  it("refuses a v1 value when reading, but re-encryption still opens it (the upgrade path)", () => {
    const c = new FieldCrypto([k2, k1]);
    const old = legacyV1(k1, "Amir");
    expect(FieldCrypto.looksEncrypted(old)).toBe(true);
    expect(() => c.decrypt(old, here)).toThrow(/v1 value/);
    expect(c.decryptForReencryption(old, here)).toBe("Amir");
    expect(c.isCurrent(old)).toBe(false);
    expect(c.isCurrent(c.encrypt("Amir", here))).toBe(true);
  });

  it("names an unknown key id instead of failing silently", () => {
    const stored = new FieldCrypto([k2]).encrypt("Amir", here);
    expect(() => new FieldCrypto([k1]).decrypt(stored, here)).toThrow(/unknown key id k2/);
  });

  it("gives the same blind index for the same normalised value and another for another purpose", () => {
    const c = new FieldCrypto([k1]);
    expect(c.blindIndex(normaliseIdentifier("v-123 456"), "v")).toBe(
      c.blindIndex(normaliseIdentifier("V123456"), "v"),
    );
    expect(c.blindIndex("x", "v")).not.toBe(c.blindIndex("x", "bsn"));
  });

  it.each([
    ["Ahmed Ali", "ali ahmed"],
    ["Mohammed  Yusuf", "Muhammed Yussuf"],
    ["Zoë", "zoe"],
  ])("treats %s and %s as similar names", (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });
});
