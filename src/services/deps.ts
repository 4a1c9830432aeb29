/**
 * What services need from the outside world, built once at start-up and passed in.
 */
import type { Config } from "../config.js";
import type { Catalog } from "../domain/catalog/schema.js";
import type { FieldCrypto } from "../db/field-crypto.js";
import type { DatabaseHandleDb } from "../db/schema.js";
import type { DatabaseKind } from "../db/database.js";
import type { CatalogIndex } from "../domain/catalog/catalog-index.js";
import type { RuleSet } from "../domain/picture/index.js";
import type { JobQueue } from "./jobs/job-queue.js";
import type { NoticeFeed } from "../db/notices.js";

export interface ServiceDeps {
  db: DatabaseHandleDb;
  dbKind: DatabaseKind;
  crypto: FieldCrypto;
  catalog: Catalog;
  catalogIndex: CatalogIndex;
  config: Pick<
    Config,
    "session" | "demo" | "version" | "env" | "mail" | "publicUrl" | "secondFactor" | "retention"
  >;
  /** Injected clock so tests can move time. */
  clock: () => Date;
  /** The picture's rule set: the base (v2 by default) with this deployment's thresholds (INZICHT_PICTURE_RULES). */
  rules: RuleSet;
  /** The job queue (ADR 0018): pg-boss on PostgreSQL, the in-process runner on SQLite. */
  jobs: JobQueue;
  /** Live notices from every instance (LISTEN/NOTIFY on PostgreSQL, in-process on SQLite). */
  notices: NoticeFeed;
}
