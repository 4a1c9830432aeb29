import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { auditKeyring, createDeps } from "../src/bootstrap.js";
import { FieldCrypto } from "../src/db/field-crypto.js";
import { openDatabase } from "../src/db/database.js";
import { verifyAuditChain } from "../src/db/repositories/audit-verify.repository.js";
import { seedDemo } from "../src/services/demo/seed-demo.js";
import { CRASH_CONFIG } from "./support/crash-config.js";
import { spawnCrashServer, type CrashServer } from "./support/crash-process.js";
import { demoYouthId, yesterday } from "./support/demo-world.js";
import { httpLogin, isConnectionError, type HttpSession } from "./support/http-session.js";
import { prng, testSeed } from "./support/prng.js";
import { demoEmail } from "./test-app.js";
import { createTestDatabase, TEST_DATABASES } from "./test-db.js";

/**
 * Crash safety: a child process serves the API; a driver records signals (8 in flight, each
 * with its own Idempotency-Key) and kills the server with SIGKILL at random moments, restarts
 * it and carries on. A request that got no answer is retried with the same key after the
 * restart; a key counts as acknowledged only on a 2xx. Afterwards every acknowledged signal is
 * stored exactly once, each with its indicators and its access-log entry, the SQLite file
 * passes `PRAGMA integrity_check` and the audit hash chain verifies.
 *
 * Replay a run with INZICHT_TEST_SEED=<seed> (printed at the end).
 */
const KILLS = 20;
const MIN_ACKNOWLEDGED = 500;
const IN_FLIGHT = 8;
const INDICATORS = [
  ["behav.out-at-night"],
  ["other.expensive-items"],
  ["behav.school-absence"],
  ["behav.out-at-night", "other.expensive-items"],
];

interface Gate {
  open: Promise<void>;
  release(): void;
}
function closedGate(): Gate {
  let release: () => void = () => undefined;
  const open = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { open, release };
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(what: string, condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

describe.each(TEST_DATABASES)("crash safety under SIGKILL (%s)", (kind) => {
  it(
    `every acknowledged signal survives ${KILLS} kills exactly once; the file and the audit chain stay intact`,
    { timeout: 420_000 }, // generous: each restart loads the app anew, slow on a busy machine
    async () => {
      const seed = testSeed(kind === "sqlite" ? 20261 : 20262);
      const rnd = prng(seed);
      const testDb = await createTestDatabase(kind);
      const { target } = testDb;
      const children: CrashServer[] = [];
      const spawnNext = () => {
        const s = spawnCrashServer(target);
        children.push(s);
        return s;
      };
      try {
        // Seed once, before the first start; the server itself never seeds.
        const seeded = await createDeps(CRASH_CONFIG, target);
        await seedDemo(seeded.deps);
        const amirId = await demoYouthId(seeded.deps, "Amir K.");
        await seeded.handle.close();

        let port = 0;
        const baseUrl = () => `http://127.0.0.1:${port}`;
        let gate = closedGate();
        let generating = true;
        let next = 0;
        let connectionErrors = 0;
        let answeredFromKey = 0;
        const retry: string[] = [];
        const attempted = new Set<string>();
        const acknowledged = new Set<string>();
        const unexpected: string[] = [];
        let session: HttpSession | undefined;

        const record = async (s: HttpSession, key: string): Promise<void> => {
          attempted.add(key);
          const n = Number(key.split("-").pop());
          try {
            const res = await s.request({
              method: "POST",
              url: `/api/youths/${amirId}/signals`,
              headers: { "idempotency-key": key },
              payload: {
                indicatorIds: INDICATORS[n % INDICATORS.length],
                observedAt: yesterday(),
                source: "own_observation",
                facts: `Crashtest: waarneming nummer ${n} op de locatie.`,
              },
              timeoutMs: 20_000,
            });
            if (res.status === 200 || res.status === 201) {
              acknowledged.add(key);
              if (res.status === 200) answeredFromKey += 1;
              return;
            }
            unexpected.push(`${key}: ${res.status} ${res.body.slice(0, 200)}`);
            retry.push(key);
          } catch (error) {
            if (!isConnectionError(error)) throw error;
            // No answer: not acknowledged. Retry with the SAME key after the restart.
            connectionErrors += 1;
            retry.push(key);
          }
        };
        const worker = async (): Promise<void> => {
          for (;;) {
            await gate.open;
            const key =
              retry.shift() ?? (generating ? `crash-${kind}-${seed}-${next++}` : undefined);
            if (key === undefined || !session) return;
            await record(session, key);
          }
        };

        const queue: CrashServer[] = [spawnNext()];
        const take = (): CrashServer => {
          const s = queue.shift();
          if (!s) throw new Error("no standby server");
          queue.push(spawnNext());
          return s;
        };
        let server = take();
        let workers: Promise<void>[] = [];
        let kills = 0;
        for (let cycle = 0; cycle <= KILLS; cycle++) {
          const t0 = Date.now();
          await server.loaded;
          const tl = Date.now();
          port = await server.start();
          const t1 = Date.now();
          if (!session) {
            session = await httpLogin(baseUrl, demoEmail("mentor"));
            workers = Array.from({ length: IN_FLIGHT }, () => worker());
          }
          gate.release();
          if (cycle === KILLS) break;
          const goal = acknowledged.size + rnd.int(18, 34);
          await waitFor(`${goal} acknowledged writes`, () => acknowledged.size >= goal, 60_000);
          const t2 = Date.now();
          if (process.env.INZICHT_CRASH_DEBUG)
            console.log(
              `cycle ${cycle}: waited ${tl - t0} ms for a loaded standby, start ${t1 - tl} ms, writes ${t2 - t1} ms`,
            );
          await sleep(rnd.int(0, 30));
          // Close the gate and kill in the same tick: requests in flight lose their answer.
          gate = closedGate();
          await server.kill();
          kills += 1;
          server = take();
        }
        // The last server stays up: finish, then retry every unanswered key until acknowledged.
        await waitFor(
          `${MIN_ACKNOWLEDGED} acknowledged writes`,
          () => acknowledged.size >= MIN_ACKNOWLEDGED,
          60_000,
        );
        generating = false;
        await Promise.all(workers);
        for (let round = 0; retry.length > 0 && round < 5; round++) {
          const keys = retry.splice(0);
          for (const key of keys) if (session) await record(session, key);
        }
        await server.stop();

        const check = openDatabase(target);
        try {
          const rows = await check.db
            .selectFrom("signals")
            .select(["idempotency_key", (eb) => eb.fn.countAll<number>().as("n")])
            .where("youth_id", "=", amirId)
            .where("idempotency_key", "like", `crash-${kind}-${seed}-%`)
            .groupBy("idempotency_key")
            .execute();
          const stored = new Map(rows.map((r) => [r.idempotency_key ?? "", Number(r.n)]));
          const missing = [...acknowledged].filter((k) => !stored.has(k));
          const duplicated = [...stored].filter(([, n]) => n !== 1).map(([k]) => k);
          const phantom = [...stored.keys()].filter((k) => !attempted.has(k));
          const unanswered = [...stored.keys()].filter((k) => !acknowledged.has(k));

          expect(unexpected, "answers other than 2xx").toEqual([]);
          expect(kills).toBe(KILLS);
          expect(acknowledged.size).toBeGreaterThanOrEqual(MIN_ACKNOWLEDGED);
          expect(missing, "acknowledged but not stored").toEqual([]);
          expect(duplicated, "stored more than once").toEqual([]);
          expect(phantom, "stored but never sent").toEqual([]);
          expect(retry, "still unanswered after the final retries").toEqual([]);
          expect(unanswered, "stored but never acknowledged, even on retry").toEqual([]);

          // No half-written signal: each has its indicators and its own access-log entry.
          const signals = await check.db
            .selectFrom("signals")
            .select("id")
            .where("youth_id", "=", amirId)
            .execute();
          const withoutIndicators = await check.db
            .selectFrom("signals as s")
            .select("s.id")
            .where("s.youth_id", "=", amirId)
            .where(({ not, exists, selectFrom }) =>
              not(
                exists(
                  selectFrom("signal_indicators as i")
                    .select("i.signal_id")
                    .whereRef("i.signal_id", "=", "s.id"),
                ),
              ),
            )
            .execute();
          const auditEntries = await check.db
            .selectFrom("audit_log")
            .select("record_ids")
            .where("action", "=", "signal.create")
            .where("youth_id", "=", amirId)
            .execute();
          const audited = new Set(
            auditEntries.flatMap((e) => JSON.parse(e.record_ids) as string[]),
          );
          expect(withoutIndicators).toEqual([]);
          expect(signals.filter((s) => !audited.has(s.id))).toEqual([]);
          expect(auditEntries).toHaveLength(signals.length);

          const chain = await verifyAuditChain(check.db, {
            setup: { keys: auditKeyring(CRASH_CONFIG), crypto: new FieldCrypto(CRASH_CONFIG.keys) },
          });
          expect(chain, JSON.stringify(chain)).toMatchObject({ ok: true });

          console.log(
            `crash safety (${kind}, seed ${seed}): ${acknowledged.size} acknowledged writes, ` +
              `${kills} SIGKILLs, ${connectionErrors} requests without an answer retried with ` +
              `their key, ${answeredFromKey} of them already stored (answered 200 from the key), ` +
              `audit chain of ${chain.checked} entries verified`,
          );
        } finally {
          await check.close();
        }
        if (target.kind === "sqlite") {
          const file = new SQLite(target.file);
          try {
            expect(file.pragma("integrity_check", { simple: true })).toBe("ok");
          } finally {
            file.close();
          }
        }
      } finally {
        await Promise.all(children.map((c) => c.kill()));
        await testDb.drop();
      }
    },
  );
});
