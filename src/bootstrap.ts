/**
 * Wires config → database → catalogue → services. Used by the CLI, the test harness and the
 * benchmarks, so all three run exactly the production wiring.
 */
import type { Config, MailConfig } from "./config.js";
import { ConfigError } from "./config-error.js";
import { V1_ONLY, V2_ONLY, type PictureRulesConfig } from "./config-picture-rules.js";
import { parseSecondFactorRoles } from "./config-security.js";
import {
  buildRulesV1,
  buildRulesV2,
  validateRuleSet,
  type RuleSet,
} from "./domain/picture/index.js";
import {
  migrateToLatest,
  openDatabase,
  type DatabaseHandle,
  type DatabaseTarget,
} from "./db/database.js";
import { FieldCrypto } from "./db/field-crypto.js";
import { openNoticeFeed } from "./db/notices.js";
import { AuditKeyring, auditKeySources } from "./db/audit-chain.js";
import { configureAuditLog } from "./db/repositories/audit.repository.js";
import { defaultRetentionTerms } from "./domain/retention/rules.js";
import { indexCatalog } from "./domain/catalog/catalog-index.js";
import type { Catalog } from "./domain/catalog/schema.js";
import { loadCatalog } from "./services/catalog/load-catalog.js";
import type { ServiceDeps } from "./services/deps.js";
import { upgradeFieldEncryption } from "./services/keys/upgrade-field-encryption.js";
import type { JobQueue } from "./services/jobs/job-queue.js";
import { LocalJobQueue } from "./services/jobs/local-queue.js";
import { PgBossJobQueue } from "./services/jobs/pg-boss-queue.js";
import { countAuditFailure, observeAuditWrite } from "./services/metrics/metrics.js";

let cachedCatalog: Catalog | undefined;

/** Access-log write timings go to the process's Prometheus metrics. */
const AUDIT_METRICS = { written: observeAuditWrite, failed: countAuditFailure };
/** Mail settings when none are given (tests, bench): everything stays in the outbox. */
const NO_SMTP: MailConfig = {
  smtpUrl: null,
  from: "InZicht <noreply@inzicht.invalid>",
  publicUrl: "http://localhost:3000",
};

/**
 * Opens the database, applies migrations (and the keyed encryption upgrade) and builds the
 * service dependencies.
 */
export async function createDeps(
  config: Pick<Config, "keys" | "session" | "demo" | "version" | "env"> &
    Partial<
      Pick<Config, "pictureRules" | "audit" | "mail" | "publicUrl" | "secondFactor" | "retention">
    >,
  target: DatabaseTarget,
  options: { migrate?: boolean; clock?: () => Date } = {},
): Promise<{ deps: ServiceDeps; handle: DatabaseHandle }> {
  cachedCatalog ??= loadCatalog();
  const handle = openDatabase(target);
  if (options.migrate !== false) await migrateToLatest(handle.db);
  const crypto = new FieldCrypto(config.keys);
  const clock = options.clock ?? (() => new Date());
  configureAuditLog(handle.db, { keys: auditKeyring(config), crypto, observer: AUDIT_METRICS });
  const deps: ServiceDeps = {
    db: handle.db,
    dbKind: handle.kind,
    crypto,
    catalog: cachedCatalog,
    catalogIndex: indexCatalog(cachedCatalog),
    config: {
      session: config.session,
      demo: config.demo,
      version: config.version,
      env: config.env,
      mail: config.mail ?? NO_SMTP,
      publicUrl: config.publicUrl ?? null,
      secondFactor: config.secondFactor ?? parseSecondFactorRoles(undefined, config.demo),
      retention: config.retention ?? defaultRetentionTerms(),
    },
    clock,
    rules: pictureRules(config.pictureRules ?? {}),
    jobs: jobQueueFor(handle, target, clock),
    notices: openNoticeFeed(target),
  };
  // The keyed half of the encryption migrations (ADR 0009): before anything reads a value.
  if (options.migrate !== false) await upgradeFieldEncryption(deps);
  return { deps, handle };
}

/**
 * The job queue of a database (ADR 0018): pg-boss in its own schema on PostgreSQL (`pgboss`, or
 * `<schema>_jobs` beside a named schema), the in-process runner on SQLite. Nothing runs until
 * `start()`.
 */
function jobQueueFor(handle: DatabaseHandle, target: DatabaseTarget, clock: () => Date): JobQueue {
  if (target.kind === "sqlite") return new LocalJobQueue(handle.db, { clock });
  return new PgBossJobQueue({
    url: target.url,
    schema: target.schema ? `${target.schema}_jobs` : "pgboss",
  });
}

/** The access-log chain's keys of a configuration (ADR 0008). */
export function auditKeyring(
  config: Pick<Config, "keys"> & Partial<Pick<Config, "audit">>,
): AuditKeyring {
  return new AuditKeyring(auditKeySources(config.keys, config.audit?.key));
}

/** The base rule set (v2 by default) with the deployment's thresholds; an unusable set stops the start. */
export function pictureRules(overrides: PictureRulesConfig): RuleSet {
  const { base = "v2", version, ...thresholds } = overrides;
  const rules =
    base === "v1"
      ? buildRulesV1(withoutKeys(thresholds, V2_ONLY), version)
      : buildRulesV2(withoutKeys(thresholds, V1_ONLY), version);
  const problems = validateRuleSet(rules);
  if (problems.length > 0)
    throw new ConfigError(`INZICHT_PICTURE_RULES:\n  ${problems.join("\n  ")}`);
  return rules;
}

function withoutKeys<T extends object, K extends string>(value: T, keys: readonly K[]): Omit<T, K> {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !(keys as readonly string[]).includes(key)),
  ) as Omit<T, K>;
}

/** The database target of a config. */
export function targetOf(config: Config): DatabaseTarget {
  return config.database.kind === "sqlite"
    ? { kind: "sqlite", file: config.database.file }
    : { kind: "postgres", url: config.database.url };
}
