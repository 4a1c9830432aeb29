/**
 * Encryption at rest for identifying fields (AES-256-GCM, a key id stored with every value so
 * keys can rotate) and keyed blind indexes (HMAC-SHA-256) for exact look-ups without plaintext.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

export interface KeyMaterial {
  id: string;
  secret: string;
}

interface DerivedKey {
  id: string;
  enc: Buffer;
  idx: Buffer;
}

const PREFIX = "v1";

function derive(key: KeyMaterial): DerivedKey {
  const ikm = Buffer.from(key.secret, "utf8");
  const salt = Buffer.from("inzicht-field-crypto", "utf8");
  return {
    id: key.id,
    enc: Buffer.from(hkdfSync("sha256", ikm, salt, "enc", 32)),
    idx: Buffer.from(hkdfSync("sha256", ikm, salt, "blind-index", 32)),
  };
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

  encrypt(plaintext: string): string {
    const key = this.current;
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key.enc, iv);
    cipher.setAAD(Buffer.from(`${PREFIX}:${key.id}`));
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

  encryptNullable(plaintext: string | null | undefined): string | null {
    return plaintext === null || plaintext === undefined ? null : this.encrypt(plaintext);
  }

  decrypt(stored: string): string {
    const [prefix, keyId, iv, tag, ct] = stored.split(":");
    if (prefix !== PREFIX || !keyId || iv === undefined || tag === undefined || ct === undefined) {
      throw new Error("not an encrypted value");
    }
    const key = this.byId.get(keyId);
    if (!key) throw new Error(`unknown encryption key id ${keyId}`);
    const decipher = createDecipheriv("aes-256-gcm", key.enc, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(`${PREFIX}:${keyId}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(ct, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  }

  decryptNullable(stored: string | null): string | null {
    return stored === null ? null : this.decrypt(stored);
  }

  /** Key id a stored value was encrypted with. */
  static keyIdOf(stored: string): string | undefined {
    return stored.split(":")[1];
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
