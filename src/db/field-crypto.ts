/**
 * Encryption at rest for identifying fields (AES-256-GCM, a key id stored with every value so
 * keys can rotate, table/column/row bound into the additional data: ADR 0009) and keyed blind indexes (HMAC-SHA-256) for exact look-ups without plaintext.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import type { FieldBinding } from "./encrypted-columns.js";

export interface KeyMaterial {
  id: string;
  secret: string;
}

interface DerivedKey {
  id: string;
  enc: Buffer;
  idx: Buffer;
}

/** Values before ADR 0009: additional data was only `v1:<keyId>`. Read by the upgrade only. */
const LEGACY = "v1";
/** Values since ADR 0009: additional data binds key id, table, column and row id. */
const PREFIX = "v2";
const SHAPE = /^v[12]:[^:]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]*$/;

/**
 * A stored value that does not decrypt for the place it was read from: moved from another row or
 * column, altered, or under a key that is gone. The message names the place, never the value.
 */
export class FieldIntegrityError extends Error {
  constructor(binding: FieldBinding, why: string) {
    super(`encrypted value of ${binding.table}.${binding.column} (row ${binding.rowId}) ${why}`);
    this.name = "FieldIntegrityError";
  }
}

function derive(key: KeyMaterial): DerivedKey {
  const ikm = Buffer.from(key.secret, "utf8");
  const salt = Buffer.from("inzicht-field-crypto", "utf8");
  return {
    id: key.id,
    enc: Buffer.from(hkdfSync("sha256", ikm, salt, "enc", 32)),
    idx: Buffer.from(hkdfSync("sha256", ikm, salt, "blind-index", 32)),
  };
}

/** The v2 additional data: a JSON array, so no choice of names can make two places collide. */
function aad(keyId: string, b: FieldBinding): Buffer {
  return Buffer.from(JSON.stringify([PREFIX, keyId, b.table, b.column, b.rowId]), "utf8");
}

export class FieldCrypto {
  private readonly keys: DerivedKey[];
  private readonly byId: Map<string, DerivedKey>;

  /** The first key encrypts new values; every key can decrypt. */
  constructor(keys: readonly KeyMaterial[]) {
    if (keys.length === 0) throw new Error("FieldCrypto needs at least one key");
    this.keys = keys.map(derive);
    this.byId = new Map(this.keys.map((k) => [k.id, k]));
  }

  private get current(): DerivedKey {
    const key = this.keys[0];
    if (!key) throw new Error("no key");
    return key;
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  /** Encrypts a value for one place (table, column, row); it decrypts only there. */
  encrypt(plaintext: string, binding: FieldBinding): string {
    const key = this.current;
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key.enc, iv);
    cipher.setAAD(aad(key.id, binding));
    const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      PREFIX,
      key.id,
      iv.toString("base64url"),
      tag.toString("base64url"),
      ct.toString("base64url"),
    ].join(":");
  }

  encryptNullable(plaintext: string | null | undefined, binding: FieldBinding): string | null {
    return plaintext === null || plaintext === undefined ? null : this.encrypt(plaintext, binding);
  }

  /**
   * Decrypts a value read from `binding`'s place. Throws FieldIntegrityError when it was
   * encrypted for another place or altered, and for a v1 value (the start-up upgrade rewrites
   * those; one found later was put back from an old copy).
   */
  decrypt(stored: string, binding: FieldBinding): string {
    const [prefix, keyId, iv, tag, ct] = stored.split(":");
    if (prefix === LEGACY) throw new FieldIntegrityError(binding, "is a v1 value without binding");
    if (prefix !== PREFIX || !keyId || iv === undefined || tag === undefined || ct === undefined)
      throw new FieldIntegrityError(binding, "is not an encrypted value");
    return this.open(keyId, iv, tag, ct, aad(keyId, binding), binding);
  }

  decryptNullable(stored: string | null, binding: FieldBinding): string | null {
    return stored === null ? null : this.decrypt(stored, binding);
  }

  /**
   * Decrypts a value of either version: v2 bound to `binding`, v1 as it was written before
   * ADR 0009. Only for re-encryption (rotate-keys and the start-up upgrade).
   */
  decryptForReencryption(stored: string, binding: FieldBinding): string {
    const [prefix, keyId, iv, tag, ct] = stored.split(":");
    if (prefix !== LEGACY) return this.decrypt(stored, binding);
    if (!keyId || iv === undefined || tag === undefined || ct === undefined)
      throw new FieldIntegrityError(binding, "is not an encrypted value");
    return this.open(keyId, iv, tag, ct, Buffer.from(`${LEGACY}:${keyId}`), binding);
  }

  private open(
    keyId: string,
    iv: string,
    tag: string,
    ct: string,
    additional: Buffer,
    binding: FieldBinding,
  ): string {
    const key = this.byId.get(keyId);
    if (!key) throw new FieldIntegrityError(binding, `uses unknown key id ${keyId}`);
    try {
      const decipher = createDecipheriv("aes-256-gcm", key.enc, Buffer.from(iv, "base64url"));
      decipher.setAAD(additional);
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([
        decipher.update(Buffer.from(ct, "base64url")),
        decipher.final(),
      ]).toString("utf8");
    } catch {
      throw new FieldIntegrityError(binding, "does not belong here (moved or altered)");
    }
  }

  /** True when a value is current: v2 under the current key (rotation leaves it alone). */
  isCurrent(stored: string): boolean {
    const [prefix, keyId] = stored.split(":");
    return prefix === PREFIX && keyId === this.current.id;
  }

  /** Key id a stored value was encrypted with. */
  static keyIdOf(stored: string): string | undefined {
    return stored.split(":")[1];
  }

  /** True when a stored value has the shape of a ciphertext (v1 or v2), without decrypting. */
  static looksEncrypted(stored: unknown): boolean {
    return typeof stored === "string" && SHAPE.test(stored);
  }

  /** Keyed, deterministic index of a normalised value (always with the current key). */
  blindIndex(value: string, purpose: string): string {
    return createHmac("sha256", this.current.idx).update(`${purpose}\u0000${value}`).digest("hex");
  }
}

/** Normalises identifiers such as V-numbers and BSNs: digits and letters only, upper case. */
export function normaliseIdentifier(value: string): string {
  return value.replace(/[^0-9a-z]/gi, "").toUpperCase();
}

/**
 * Normalises a name for duplicate detection: no accents, lower case, letters only, name parts
 * sorted (so "Ahmed Ali" and "ali  ahmed" match), common transliteration variants folded.
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z\s-]/g, " ")
    .replace(/ph/g, "f")
    .replace(/kh|ck|q/g, "k")
    .replace(/(.)\1+/g, "$1")
    .replace(/o/g, "u")
    .replace(/[ey]/g, "i")
    .replace(/(.)\1+/g, "$1")
    .split(/[\s-]+/)
    .filter(Boolean)
    .sort()
    .join(" ");
}
