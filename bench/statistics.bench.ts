/**
 * Anonymous statistics (issue 23): computing the statistics table from the preset's population
 * (default preset: 20,000 youths, 2,000,000 signals) as a ratio to one full scan of the signals
 * in the same run, and serving one figure from the table as a ratio to a select by primary key.
 * SQLite only.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { createDeps } from "../src/bootstrap.js";
import { computeStatistics } from "../src/services/statistics/compute-statistics.js";
import { getFigure } from "../src/services/statistics/get-figure.js";
import type { AuthenticatedContext } from "../src/services/context.js";
import { generate, type Scale } from "./generate.js";
import { record, timeMedian } from "./lib.js";

const CONFIG = {
  keys: [{ id: "b1", secret: "bench-secret-key-that-is-long-enough-01" }],
  session: { idleMinutes: 30, absoluteMinutes: 720 },
  demo: false,
  version: "bench",
  env: "test" as const,
};

export async function benchStatistics(scale: Scale): Promise<void> {
  console.log("\nStatistics");
  const dir = mkdtempSync(path.join(tmpdir(), "inzicht-bench-statistics-"));
  const { deps, handle } = await createDeps(CONFIG, {
    kind: "sqlite",
    file: path.join(dir, "s.db"),
  });
  try {
    await generate(deps.db, deps.crypto, deps.catalog, scale);
    const scan = await timeMedian(3, () =>
      sql`select youth_id, observed_at from signals`.execute(deps.db),
    );
    const t0 = performance.now();
    const { cells } = await computeStatistics(deps);
    const compute = performance.now() - t0;
    record({
      section: "stats",
      name: `sqlite: compute the table (${scale.signals} signals, ${cells} cells)`,
      value: compute,
      unit: "ms",
      baseline: "one full scan of the signals",
      ratio: compute / scan,
    });
    const ctx: AuthenticatedContext = {
      actor: { userId: "bench", roles: ["researcher"], organisationId: "bench" },
      actorRole: "researcher",
      ip: "127.0.0.1",
      client: "bench",
      requestId: "bench",
      now: new Date(),
    };
    const someSignal = await deps.db.selectFrom("signals").select("id").executeTakeFirstOrThrow();
    const base = await timeMedian(50, () =>
      sql`select id from signals where id = ${someSignal.id}`.execute(deps.db),
    );
    const serve = await timeMedian(30, () =>
      getFigure(deps, ctx, "signals-by-category", {
        location: "*",
        orgType: "*",
        period: "*",
        lang: "nl",
      }),
    );
    record({
      section: "stats",
      name: "sqlite: serve one figure from the table",
      value: serve,
      unit: "ms (median)",
      baseline: "select by primary key",
      ratio: serve / base,
    });
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
