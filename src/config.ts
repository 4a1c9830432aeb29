/**
 * The one typed configuration module. Reads the environment once, validates it with zod and
 * fails fast with a message that names the variable and what is wrong.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "must start with postgres:// (leave empty for embedded SQLite)",
    }),
  INZICHT_DATA_DIR: z.string().min(1).default("./data"),
  INZICHT_SECRET_KEY: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim())),
  INZICHT_DEMO: booleanFlag.optional(),
  INZICHT_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  INZICHT_SESSION_ABSOLUTE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(720),
  INZICHT_PICTURE_RULES: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim())),
  /** A separate key for the access-log chain (ADR 0008); else derived from INZICHT_SECRET_KEY. */
  INZICHT_AUDIT_KEY: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()))
    .refine((v) => v === undefined || v.length >= 32, {
      message: "must be at least 32 characters",
    }),
  /** Where signed access-log checkpoints are appended ("off" for none). */
  INZICHT_AUDIT_CHECKPOINT_FILE: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim())),
  INZICHT_AUDIT_CHECKPOINT_SECONDS: z.coerce.number().int().min(5).max(86_400).default(60),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  INZICHT_TRUST_PROXY: z.string().optional(),
});

/** One named key for encryption and blind indexes; the first key is used for new values. */
export interface SecretKey {
  id: string;
  secret: string;
}

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  database: { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };
  dataDir: string;
  demo: boolean;
  keys: SecretKey[];
  session: { idleMinutes: number; absoluteMinutes: number };
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  version: string;
  /** The picture's base rule set and threshold overrides (empty: the default v2). */
  pictureRules: PictureRulesConfig;
  /** Which reverse proxies' X-Forwarded-For/-Proto to believe (INZICHT_TRUST_PROXY). */
  trustProxy: TrustProxy;
  /** The access-log chain (ADR 0008). */
  audit: AuditConfig;
}

/** Keys and checkpoints of the access-log chain. */
export interface AuditConfig {
  /** INZICHT_AUDIT_KEY, or null: the chain's key is then derived from INZICHT_SECRET_KEY. */
  key: string | null;
  /** File the signed checkpoints are appended to; null when switched off. */
  checkpointFile: string | null;
  checkpointSeconds: number;
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

const days = z.number().int().min(1).max(3650);
const count = z.number().int().min(1).max(20);

/** Thresholds only rule set v1 has, and those only v2 has (the rest are shared). */
export const V1_ONLY = ["cumulativeVulnerabilities", "cumulativeObservers"] as const;
export const V2_ONLY = ["contextVulnerabilities", "contextObservers"] as const;

/**
 * A deployment's picture rules (INZICHT_PICTURE_RULES, JSON): the base rule set (`v2`, the
 * default, or `v1`) and its thresholds, e.g.
 * `{"base":"v2","version":"v2-regio-oost","acuteWindowDays":14,"contextObservers":3}`. Only the
 * numbers can change; the rules themselves, the ILO/EC combinations and the protected attributes
 * cannot. A threshold of the other base is refused, so a typo never goes unnoticed.
 */
export const pictureRulesConfig = z
  .object({
    base: z.enum(["v1", "v2"]).optional(),
    version: z
      .string()
      .regex(
        /^v[12][a-z0-9.+=,_-]{0,60}$/i,
        "a name that starts with v1 or v2, such as v2-regio-oost",
      )
      .optional(),
    longWindowDays: days.optional(),
    concernIndicators: count.optional(),
    concernCategories: count.optional(),
    concernWindowDays: days.optional(),
    concernObservers: count.optional(),
    missingWindowDays: days.optional(),
    cumulativeVulnerabilities: count.optional(),
    cumulativeObservers: count.optional(),
    contextVulnerabilities: count.optional(),
    contextObservers: count.optional(),
    suspicionWindowDays: days.optional(),
    acuteWindowDays: days.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const base = c.base ?? "v2";
    const foreign = base === "v1" ? V2_ONLY : V1_ONLY;
    for (const key of foreign)
      if (c[key] !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `not a threshold of rule set ${base}`,
        });
    if (c.version !== undefined && !c.version.toLowerCase().startsWith(base))
      ctx.addIssue({ code: "custom", path: ["version"], message: `must start with ${base}` });
  });
export type PictureRulesConfig = z.infer<typeof pictureRulesConfig>;

export class ConfigError extends Error {
  override name = "ConfigError";
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

function demoKey(dataDir: string): string {
  const file = path.join(dataDir, "secret.key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const key = `demo:${randomBytes(32).toString("base64url")}`;
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/** Validates `env` and returns the typed config, or throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, version = "0.1.0"): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const demo = e.INZICHT_DEMO ?? !production;
  const dataDir = path.resolve(e.INZICHT_DATA_DIR);
  let rawKey = e.INZICHT_SECRET_KEY;
  if (!rawKey) {
    if (production)
      throw new ConfigError("INZICHT_SECRET_KEY is required when NODE_ENV=production");
    rawKey = demoKey(dataDir);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (demo ? "127.0.0.1" : "0.0.0.0"),
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "sqlite", file: path.join(dataDir, "inzicht.db") },
    dataDir,
    demo,
    keys: parseKeys(rawKey),
    session: {
      idleMinutes: e.INZICHT_SESSION_IDLE_MINUTES,
      absoluteMinutes: e.INZICHT_SESSION_ABSOLUTE_MINUTES,
    },
    logLevel: e.LOG_LEVEL,
    version,
    pictureRules: parsePictureRules(e.INZICHT_PICTURE_RULES),
    trustProxy: parseTrustProxy(e.INZICHT_TRUST_PROXY),
    audit: {
      key: e.INZICHT_AUDIT_KEY ?? null,
      checkpointFile:
        e.INZICHT_AUDIT_CHECKPOINT_FILE === "off"
          ? null
          : path.resolve(
              e.INZICHT_AUDIT_CHECKPOINT_FILE ?? path.join(dataDir, "audit-checkpoints.log"),
            ),
      checkpointSeconds: e.INZICHT_AUDIT_CHECKPOINT_SECONDS,
    },
  };
}

function parsePictureRules(raw: string | undefined): PictureRulesConfig {
  if (raw === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ConfigError("INZICHT_PICTURE_RULES: not valid JSON");
  }
  const parsed = pictureRulesConfig.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new ConfigError(`INZICHT_PICTURE_RULES:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
