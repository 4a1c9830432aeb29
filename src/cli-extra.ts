/** CLI commands beyond serve/migrate/seed: rotate-keys, recompute-pictures. */
import type { Config } from "./config.js";
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
};
