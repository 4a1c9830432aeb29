/** CLI commands added by later capabilities (rotate-keys, recompute-pictures, …). */
import type { Config } from "./config.js";

export type CliCommand = (config: Config, args: string[]) => Promise<void>;

export const extraCommands: Record<string, CliCommand> = {};
