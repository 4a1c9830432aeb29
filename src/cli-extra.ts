/** CLI commands beyond serve/migrate/seed: rotate-keys, recompute-pictures, backup, restore. */
import { parseArgs } from "node:util";
import type { Config } from "./config.js";
import { backupDatabase, restoreDatabase } from "./db/backup.js";
import { checkRestore } from "./services/backup/check-restore.js";
import { createDeps, targetOf } from "./bootstrap.js";
import { rotateKeys } from "./services/keys/rotate-keys.js";
import { recomputeAllPictures, type RecomputeMove } from "./services/picture/recompute-all.js";

/** One line per youth that moved: levels, rule sets, and the rules that decided before and now. */
export function describeMove(m: RecomputeMove): string {
  const rules = m.rulesFrom === m.rulesTo ? m.rulesTo : `${m.rulesFrom ?? "none"} → ${m.rulesTo}`;
  const list = (ids: string[]) => (ids.length > 0 ? ids.join(", ") : "no rule");
  return `${m.youthId}: level ${m.from} → ${m.to} (rules ${rules}; was ${list(m.decidedBefore)}; now ${list(m.decidedNow)})`;
}

export type CliCommand = (config: Config, args: string[]) => Promise<void>;

export const extraCommands: Record<string, CliCommand> = {
  "rotate-keys": async (config) => {
    const { deps, handle } = await createDeps(config, targetOf(config));
    const report = await rotateKeys(deps);
    console.log(
      `re-encrypted ${report.reEncrypted} rows under key "${deps.crypto.currentKeyId}":`,
      report.tables,
    );
    await handle.close();
  },
  "recompute-pictures": async (config) => {
    const { deps, handle } = await createDeps(config, targetOf(config));
    const report = await recomputeAllPictures(deps);
    console.log(`recomputed ${report.youths} youths: ${report.rose} rose, ${report.fell} fell`);
    for (const m of report.moves) console.log(`  ${describeMove(m)}`);
    if (report.moves.length < report.rose + report.fell)
      console.log(`  (${report.rose + report.fell - report.moves.length} more not listed)`);
    await handle.close();
  },
  // Backups (issue 22, docs/operations.md): `inzicht backup --to FILE` (or `backup FILE`).
  backup: async (config, args) => {
    const file = fileArg(args, "to");
    const size = await backupDatabase(targetOf(config), file, config.keys, new Date());
    console.log(
      `backup written to ${file} (${size} bytes, encrypted with key "${config.keys[0]?.id ?? ""}"). ` +
        "Without that key the backup cannot be read: keep the key in escrow, apart from the backup.",
    );
  },
  // `inzicht restore --from FILE` (or `restore FILE`): into an empty data dir or database only,
  // then the access log is verified and every encrypted value decrypted.
  restore: async (config, args) => {
    const file = fileArg(args, "from");
    const target = targetOf(config);
    const restored = await restoreDatabase(target, file, config.keys);
    console.log(`restored the ${restored.kind} backup of ${restored.createdAt}`);
    const { deps, handle } = await createDeps(config, target);
    const check = await checkRestore(deps);
    await handle.close();
    const values = Object.values(check.decrypted).reduce((a, b) => a + b, 0);
    console.log(
      `access log: ${check.audit.ok ? `ok, ${check.audit.checked} entries verified` : `BROKEN: ${check.audit.problem ?? ""}`}`,
    );
    console.log(
      Object.keys(check.failed).length === 0
        ? `encrypted values: all ${values} decrypt with the configured keys`
        : `encrypted values that do NOT decrypt: ${JSON.stringify(check.failed)}`,
    );
    if (!check.ok) process.exitCode = 2;
  },
};

/** The file of `backup --to FILE` / `restore --from FILE`, or the first positional argument. */
function fileArg(args: string[], flag: "to" | "from"): string {
  const { values, positionals } = parseArgs({
    args,
    options: { [flag]: { type: "string" } },
    allowPositionals: true,
  });
  const file = (values[flag] as string | undefined) ?? positionals[0];
  if (!file)
    throw new Error(`usage: inzicht ${flag === "to" ? "backup --to FILE" : "restore --from FILE"}`);
  return file;
}
