/**
 * The security settings of the deployment: secret keys (INZICHT_SECRET_KEY), the roles that must
 * use 2FA (INZICHT_2FA_ROLES, issue 20) and the proxies whose forwarded headers count
 * (INZICHT_TRUST_PROXY).
 */
import { isIP } from "node:net";
import { rolesThatReadDossiersOrTheAccessLog } from "./domain/policies.js";
import { ROLES, type Role } from "./domain/roles.js";
import { ConfigError } from "./config-error.js";

/** One named key for encryption and blind indexes; the first key is used for new values. */
export interface SecretKey {
  id: string;
  secret: string;
}

/** Parses "k2:secret2,k1:secret1" or a single bare secret (key id "k1"). */
export function parseKeys(raw: string): SecretKey[] {
  const parts = raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const keys = parts.map((part, i) => {
    const m = /^([a-z0-9_-]{1,16}):(.+)$/i.exec(part);
    return m?.[1] && m[2]
      ? { id: m[1], secret: m[2] }
      : { id: `k${parts.length - i}`, secret: part };
  });
  for (const key of keys) {
    if (key.secret.length < 32) {
      throw new ConfigError(`INZICHT_SECRET_KEY: key "${key.id}" must be at least 32 characters`);
    }
  }
  if (new Set(keys.map((k) => k.id)).size !== keys.length) {
    throw new ConfigError("INZICHT_SECRET_KEY: key ids must be unique");
  }
  return keys;
}

/** The deployment's "2FA required" setting. */
export interface SecondFactorConfig {
  /** Roles that can do nothing but enrol until they have a second factor. */
  requiredRoles: Role[];
  /** True when demo mode switched the requirement off (the SPA shows a notice). */
  demoExempt: boolean;
}

/**
 * Parses INZICHT_2FA_ROLES: empty or "default" → every role that can read a dossier or the
 * access log (derived from src/domain/policies.ts); "none" → nobody; else a comma-separated list
 * of roles. In demo mode an empty setting means nobody, so the demo accounts log in with the
 * demo password alone, and the SPA says so; a set value applies in the demo too.
 */
export function parseSecondFactorRoles(raw: string | undefined, demo: boolean): SecondFactorConfig {
  const value = raw?.trim() ?? "";
  if (value === "") {
    return demo
      ? { requiredRoles: [], demoExempt: true }
      : { requiredRoles: rolesThatReadDossiersOrTheAccessLog(), demoExempt: false };
  }
  if (value === "default")
    return { requiredRoles: rolesThatReadDossiersOrTheAccessLog(), demoExempt: false };
  if (value === "none") return { requiredRoles: [], demoExempt: false };
  const parts = value.split(",").map((p) => p.trim());
  const unknown = parts.filter((p) => !(ROLES as readonly string[]).includes(p));
  if (unknown.length > 0)
    throw new ConfigError(
      `INZICHT_2FA_ROLES: unknown role ${unknown.map((u) => `"${u}"`).join(", ")}. ` +
        `Use "default", "none" or roles from: ${ROLES.join(", ")}.`,
    );
  return { requiredRoles: [...new Set(parts)] as Role[], demoExempt: false };
}

/**
 * Fastify's `trustProxy`: false (believe no forwarded header), a hop count (the last N proxies
 * in front of the app), or the proxies' addresses as IPs, CIDR ranges or proxy-addr's names
 * `loopback`, `linklocal`, `uniquelocal`. Never `true`: trusting every sender lets any client
 * choose its own IP address (and so escape the login limit per address).
 */
export type TrustProxy = false | number | string[];

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** Parses INZICHT_TRUST_PROXY ("1", "10.0.0.0/8,192.168.1.10", "loopback"), or throws. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? "";
  if (value === "" || value === "0") return false;
  const fail = (why: string) =>
    new ConfigError(
      `INZICHT_TRUST_PROXY: ${why}. Give the number of proxies in front of the app (1-10) or ` +
        `their addresses, comma-separated (IP or CIDR such as 10.0.0.0/8, or loopback).`,
    );
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw fail(`${hops} hops is more than any real setup`);
    return hops;
  }
  if (/^(true|yes|on|\*)$/i.test(value))
    throw fail(`"${value}" would trust every sender, so any client could choose its IP address`);
  const parts = value.split(",").map((p) => p.trim());
  for (const part of parts) {
    if (PROXY_NAMES.has(part)) continue;
    const [address = "", prefix, ...rest] = part.split("/");
    const family = isIP(address);
    if (family === 0 || rest.length > 0) throw fail(`"${part}" is not an IP address or CIDR range`);
    if (prefix !== undefined) {
      const max = family === 4 ? 32 : 128;
      if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max)
        throw fail(`"${part}" has a prefix length outside 0-${max}`);
    }
  }
  return parts;
}
