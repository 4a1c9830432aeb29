/**
 * The one typed configuration module. Reads the environment once, validates it with zod and
 * fails fast with a message that names the variable and what is wrong.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { RetentionTerms } from "./domain/retention/rules.js";
import { ConfigError } from "./config-error.js";
import { parsePictureRules, type PictureRulesConfig } from "./config-picture-rules.js";
import { parseRetentionConfig } from "./config-retention.js";
import {
  parseKeys,
  parseSecondFactorRoles,
  parseTrustProxy,
  type SecondFactorConfig,
  type SecretKey,
  type TrustProxy,
} from "./config-security.js";

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
  /** Opens GET /metrics to `Authorization: Bearer <token>` (ADR 0019); unset: metrics off. */
  INZICHT_METRICS_TOKEN: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()))
    .refine((v) => v === undefined || v.length >= 32, {
      message: "must be at least 32 characters",
    }),
  /** Seconds between SIGTERM (ready → 503) and closing the listener, for the proxy to notice. */
  INZICHT_SHUTDOWN_DRAIN_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
  /** The SMTP server mails go through (smtp:// or smtps://); empty: mails wait in the outbox. */
  INZICHT_SMTP_URL: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()))
    .refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), {
      message: "must start with smtp:// or smtps:// (leave empty to keep mails in the outbox)",
    }),
  /** The From address of every mail. */
  INZICHT_MAIL_FROM: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()))
    .refine((v) => v === undefined || /^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(v), {
      message: "must be an e-mail address, optionally with a name: InZicht <noreply@example.nl>",
    }),
  /** Where users reach the app; links in mails and leaflet QR codes (ADR 0020) start with it. */
  INZICHT_PUBLIC_URL: z
    .string()
    .optional()
    .transform((v) =>
      v === undefined || v.trim() === "" ? undefined : v.trim().replace(/\/+$/, ""),
    )
    .refine((v) => v === undefined || isPublicOrigin(v), {
      message: "must be an origin such as https://inzicht.example.nl (http or https, no path)",
    }),
  /** Roles that must use 2FA: "default", "none" or a comma-separated list (issue 20). */
  INZICHT_2FA_ROLES: z.string().optional(),
  /** Retention terms, JSON (issue 22; parsed in config-retention.ts). */
  INZICHT_RETENTION: z.string().optional(),
});

/** An http(s) origin: scheme, host and optional port, nothing after it but one slash. */
function isPublicOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === "https:" || url.protocol === "http:") &&
      `${url.origin}/` === (value.endsWith("/") ? value : `${value}/`) &&
      url.username === "" &&
      url.password === ""
    );
  } catch {
    return false;
  }
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
  /** INZICHT_METRICS_TOKEN, or null when GET /metrics is off. */
  metricsToken: string | null;
  /** Seconds not-ready before the listener closes on SIGTERM (production default 5, else 0). */
  drainSeconds: number;
  /** Outgoing mail (issue 19, ADR 0015 part 3). */
  mail: MailConfig;
  /**
   * INZICHT_PUBLIC_URL without a trailing slash, or null: then the QR code on a leaflet points to
   * the request's own origin in demo mode, and is left out otherwise (ADR 0020).
   */
  publicUrl: string | null;
  /** Who must use a second factor (INZICHT_2FA_ROLES, ADR 0017). */
  secondFactor: SecondFactorConfig;
  /** Retention terms per record type (INZICHT_RETENTION, issue 22; docs/retention.md). */
  retention: RetentionTerms;
}

/** Outgoing mail: the SMTP server (null: mails stay in the outbox), From address, link base. */
export interface MailConfig {
  smtpUrl: string | null;
  from: string;
  /** The app's public address; links in mails start with it (no trailing slash). */
  publicUrl: string;
}

/** Keys and checkpoints of the access-log chain. */
export interface AuditConfig {
  /** INZICHT_AUDIT_KEY, or null: the chain's key is then derived from INZICHT_SECRET_KEY. */
  key: string | null;
  /** File the signed checkpoints are appended to; null when switched off. */
  checkpointFile: string | null;
  checkpointSeconds: number;
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
  if (production && !demo && !e.INZICHT_SMTP_URL)
    throw new ConfigError(
      "INZICHT_SMTP_URL is required when NODE_ENV=production (invitations and password resets go by mail)",
    );
  if (production && !demo && !e.INZICHT_PUBLIC_URL)
    throw new ConfigError(
      "INZICHT_PUBLIC_URL is required when NODE_ENV=production (the links in mails start with it)",
    );
  const host = e.HOST ?? (demo ? "127.0.0.1" : "0.0.0.0");
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host,
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
    secondFactor: parseSecondFactorRoles(e.INZICHT_2FA_ROLES, demo),
    retention: parseRetentionConfig(e.INZICHT_RETENTION),
    metricsToken: e.INZICHT_METRICS_TOKEN ?? null,
    drainSeconds: e.INZICHT_SHUTDOWN_DRAIN_SECONDS ?? (production ? 5 : 0),
    mail: {
      smtpUrl: e.INZICHT_SMTP_URL ?? null,
      from: e.INZICHT_MAIL_FROM ?? "InZicht <noreply@inzicht.invalid>",
      publicUrl: e.INZICHT_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    },
    publicUrl: e.INZICHT_PUBLIC_URL ?? null,
  };
}
