/**
 * Database: generate the scale on SQLite and PostgreSQL, then time the caseload first page and
 * the timeline against a `select 1` round trip on the same connection; save EXPLAIN output so a
 * missing index shows.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import pg from "pg";
import { createDeps } from "../src/bootstrap.js";
import type { Database } from "../src/db/schema.js";
import {
  listReachableYouths,
  reachableYouthsQuery,
} from "../src/db/repositories/youth.repository.js";
import { listSignals } from "../src/db/repositories/signal.repository.js";
import type { ServiceDeps } from "../src/services/deps.js";
import { findCaseload } from "../src/services/signals/find-caseload.js";
import { recomputeAllPictures } from "../src/services/picture/recompute-all.js";
import type { Actor } from "../src/domain/policies.js";
import { generate, type Scale } from "./generate.js";
import { record, timeMedian } from "./lib.js";

export const BENCH_KEYS = [{ id: "b1", secret: "benchmark-secret-key-that-is-long-enough" }];
const CONFIG = {
  keys: BENCH_KEYS,
  session: { idleMinutes: 30, absoluteMinutes: 720 },
  demo: false,
  version: "bench",
  env: "test" as const,
};

async function explain(
  db: Kysely<Database>,
  kind: string,
  name: string,
  query: { sql: string; parameters: readonly unknown[] },
): Promise<void> {
  const dir = path.join(process.cwd(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  const prefix = kind === "sqlite" ? "explain query plan " : "explain (analyze, buffers) ";
  const result = await sql.raw(prefix + inline(query.sql, query.parameters, kind)).execute(db);
  const text = result.rows
    .map((r) => Object.values(r as Record<string, unknown>).join(" | "))
    .join("\n");
  writeFileSync(path.join(dir, `explain-${kind}-${name}.txt`), `${query.sql}\n\n${text}\n`);
}

/** Inlines parameters for EXPLAIN (bench-only; values are generated ids and dates). */
function inline(q: string, params: readonly unknown[], kind: string): string {
  let i = 0;
  const lit = (v: unknown) =>
    typeof v === "number" ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
  return kind === "sqlite"
    ? q.replace(/\?/g, () => lit(params[i++]))
    : q.replace(/\$(\d+)/g, (_m, n: string) => lit(params[Number(n) - 1]));
}

async function one(kind: "sqlite" | "postgres", deps: ServiceDeps, scale: Scale): Promise<void> {
  const t0 = Date.now();
  const g = await generate(deps.db, deps.crypto, deps.catalog, scale);
  record({
    section: "db",
    name: `${kind}: generate ${scale.youths} youths / ${scale.signals} signals`,
    value: (Date.now() - t0) / 1000,
    unit: "s",
  });
  const lead = await deps.db
    .selectFrom("users")
    .select(["id", "organisation_id"])
    .where("email", "=", g.teamLead.email)
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    userId: lead.id,
    roles: ["team_lead"],
    organisationId: lead.organisation_id,
  };
  const now = new Date("2026-11-29T12:00:00Z");
  const base = await timeMedian(50, () => sql`select 1`.execute(deps.db));
  const q = () => listReachableYouths(deps.db, actor, now, { limit: 50 });
  const caseloadQuery = await timeMedian(50, q);
  record({
    section: "db",
    name: `${kind}: caseload query, first page (team lead)`,
    value: caseloadQuery,
    unit: "ms (median)",
    baseline: "select 1",
    ratio: caseloadQuery / base,
    note: "target < 50 ms",
  });
  const ctx = { actor, actorRole: "team_lead", ip: null, client: null, requestId: "bench", now };
  const service = await timeMedian(30, () => findCaseload(deps, ctx, { limit: 50 }));
  record({
    section: "db",
    name: `${kind}: caseload service incl. decrypt + open items`,
    value: service,
    unit: "ms (median)",
    baseline: "select 1",
    ratio: service / base,
  });
  const busiest = await deps.db
    .selectFrom("signals")
    .select(["youth_id", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("youth_id")
    .orderBy("n", "desc")
    .limit(1)
    .executeTakeFirstOrThrow();
  const timeline = await timeMedian(20, () =>
    listSignals(deps.db, busiest.youth_id, { limit: 200 }),
  );
  record({
    section: "db",
    name: `${kind}: timeline query, busiest youth (${busiest.n} signals, 200 rows)`,
    value: timeline,
    unit: "ms (median)",
    baseline: "select 1",
    ratio: timeline / base,
  });
  await explain(
    deps.db,
    kind,
    "caseload",
    deps.db
      .selectFrom("youths")
      .selectAll()
      .where((eb) => eb("location_id", "=", actor.organisationId))
      .orderBy("level", "desc")
      .orderBy("level_changed_at", "desc")
      .limit(50)
      .compile(),
  );
  await explain(
    deps.db,
    kind,
    "caseload-reachable",
    reachableYouthsQuery(deps.db, actor, now, { limit: 50 }).compile(),
  );
  await explain(
    deps.db,
    kind,
    "timeline",
    deps.db
      .selectFrom("signals")
      .selectAll()
      .where("youth_id", "=", busiest.youth_id)
      .orderBy("observed_at", "desc")
      .limit(200)
      .compile(),
  );
  // The full recompute an operator runs after a rules change (`inzicht recompute-pictures`).
  const started = Date.now();
  const report = await recomputeAllPictures({ ...deps, clock: () => now });
  const seconds = (Date.now() - started) / 1000;
  record({
    section: "db",
    name: `${kind}: recompute all pictures (${report.youths} youths, stored)`,
    value: seconds,
    unit: "s",
    note: `${((seconds * 1000) / Math.max(report.youths, 1)).toFixed(1)} ms per youth; ${report.rose} rose, ${report.fell} fell`,
  });
}

/** Generates on SQLite (and PostgreSQL when reachable); returns the SQLite file for the API bench. */
export async function benchDatabase(
  scale: Scale,
  pgUrl: string,
  runQueries: boolean,
): Promise<string> {
  console.log("\nDatabase");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "inzicht-bench-")), "bench.db");
  const { deps, handle } = await createDeps(CONFIG, { kind: "sqlite", file });
  if (runQueries) await one("sqlite", deps, scale);
  else await generate(deps.db, deps.crypto, deps.catalog, scale);
  await handle.close();
  if (!runQueries) return file;
  const schema = `bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: pgUrl });
  try {
    await client.connect();
    await client.query(`create schema ${schema}`);
  } catch (e) {
    console.log(
      `  db       PostgreSQL not reachable at ${pgUrl} (${(e as Error).message}); skipped`,
    );
    return file;
  } finally {
    await client.end().catch(() => undefined);
  }
  const pgDeps = await createDeps(CONFIG, { kind: "postgres", url: pgUrl, schema });
  try {
    await one("postgres", pgDeps.deps, scale);
  } finally {
    await pgDeps.handle.close();
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`drop schema ${schema} cascade`);
    await c.end();
  }
  return file;
}
