/**
 * The keyed half of migrations 20261207030100–030300 (ADR 0009), run at start-up right after
 * the schema migrations and before the server answers: rewrites v1 values (additional data
 * without table, column and row) as v2 and encrypts the formerly plain columns. A migration
 * cannot do it because it has no key. It runs once per database (recorded in
 * encryption_upgrades); an interrupted run simply starts again, every step is idempotent.
 */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { markUpgradeDone, upgradeDone } from "../../db/repositories/rotation.repository.js";
import { auditContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { systemContext } from "../system-context.js";
import { reencryptFields } from "./reencrypt-fields.js";

/** The name of the upgrade in encryption_upgrades. */
export const FIELD_BINDING_UPGRADE = "v2-field-binding";

/** Runs the upgrade unless done; returns the rows rewritten (0 when it had run before). */
export async function upgradeFieldEncryption(deps: ServiceDeps): Promise<number> {
  if (await upgradeDone(deps.db, FIELD_BINDING_UPGRADE)) return 0;
  const report = await reencryptFields(deps);
  const now = deps.clock();
  await appendAuditNow(deps.db, auditContext(systemContext(now, "inzicht-upgrade-encryption")), {
    action: "keys.rotate",
    details: {
      rows: report.reEncrypted,
      key: deps.crypto.currentKeyId,
      upgrade: FIELD_BINDING_UPGRADE,
    },
  });
  await markUpgradeDone(deps.db, FIELD_BINDING_UPGRADE, now.toISOString(), report.reEncrypted);
  return report.reEncrypted;
}
