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

export interface ServiceDeps {
  db: DatabaseHandleDb;
  dbKind: DatabaseKind;
  crypto: FieldCrypto;
  catalog: Catalog;
  catalogIndex: CatalogIndex;
  config: Pick<Config, "session" | "demo" | "version" | "env">;
  /** Injected clock so tests can move time. */
  clock: () => Date;
  /** The picture's rule set: the base (v2 by default) with this deployment's thresholds (INZICHT_PICTURE_RULES). */
  rules: RuleSet;
}
