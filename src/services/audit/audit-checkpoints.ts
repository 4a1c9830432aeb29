/**
 * Signed access-log checkpoints at intervals (ADR 0008): each names the entry count and head of
 * every chain, appended to a file outside the database and echoed to the operator's log, so
 * `inzicht verify-audit` can prove that no entries were cut off the end.
 */
import { writeAuditCheckpoint } from "../../db/repositories/audit-verify.repository.js";
import type { ServiceDeps } from "../deps.js";

export interface CheckpointLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Writes one checkpoint now; returns the signed line. */
export function writeCheckpoint(deps: ServiceDeps, file: string): Promise<string> {
  return writeAuditCheckpoint(deps.db, file, deps.clock());
}

/**
 * Writes a checkpoint every `seconds` and returns `stop()`, which writes a last one (so a clean
 * shutdown leaves the final head on record). A failed write is logged, never fatal.
 */
export function startAuditCheckpoints(
  deps: ServiceDeps,
  options: { file: string; seconds: number; log: CheckpointLog },
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const once = () => {
    running = running.then(async () => {
      try {
        const line = await writeCheckpoint(deps, options.file);
        // Counts and MACs only: no personal data.
        options.log.info({ auditCheckpoint: JSON.parse(line) as unknown }, "audit checkpoint");
      } catch (e) {
        options.log.error(
          { err: e instanceof Error ? e.message : String(e) },
          "audit checkpoint failed",
        );
      }
    });
    return running;
  };
  void once();
  const timer = setInterval(() => void once(), options.seconds * 1000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await once();
    },
  };
}
