/** CLI commands beyond serve/migrate/seed: rotate-keys, recompute-pictures. */
import type { Config } from "./config.js";
import { createDeps, targetOf } from "./bootstrap.js";
import { rotateKeys } from "./services/keys/rotate-keys.js";
import { recomputeAllPictures } from "./services/picture/recompute-all.js";

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
    for (const m of report.moves.slice(0, 50)) console.log(`  ${m.youthId}: ${m.from} → ${m.to}`);
    await handle.close();
  },
};
