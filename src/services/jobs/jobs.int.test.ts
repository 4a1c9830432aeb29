/**
 * The job queue (ADR 0018). SQLite: the in-process runner, driven by the test clock. PostgreSQL:
 * pg-boss under two app instances on one fresh schema — a timer's job runs once, every sent job
 * runs on exactly one instance, and a failing job retries and then lands in the dead letters.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../db/database.js";
import { createSecondInstance, createTestApp, type TestApp } from "../../../test/test-app.js";
import { LocalJobQueue } from "./local-queue.js";
import { PgBossJobQueue } from "./pg-boss-queue.js";
import type { JobDefinition } from "./job-queue.js";
import { JOBS } from "./registry.js";

const NOW = new Date("2026-12-07T10:00:10Z");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(100);
  }
}

describe("the in-process job runner (sqlite)", () => {
  let t: TestApp;
  let second: DatabaseHandle;
  beforeAll(async () => {
    t = await createTestApp("sqlite", { seed: false, now: NOW });
    if (t.target.kind !== "sqlite") throw new Error("sqlite expected");
    second = openDatabase(t.target);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const clock = () => t.clock.now;

  it("runs a timer once per period, however many runners share the database", async () => {
    const runs: string[] = [];
    const job: JobDefinition = {
      name: "tick",
      everyMinutes: 5,
      run: async () => void runs.push(t.clock.now.toISOString()),
    };
    const a = new LocalJobQueue(t.deps.db, { clock, pollMs: 0 });
    const b = new LocalJobQueue(second.db, { clock, pollMs: 0 });
    await a.start(t.deps, [job]);
    await b.start(t.deps, [job]);
    await Promise.all([a.runDue(), b.runDue(), a.runDue()]);
    expect(runs).toHaveLength(1);
    t.clock.advance(4 * 60_000); // 10:04:10 — the same slot
    await Promise.all([a.runDue(), b.runDue()]);
    expect(runs).toHaveLength(1);
    t.clock.advance(60_000); // 10:05:10 — the next slot
    await Promise.all([a.runDue(), b.runDue()]);
    expect(runs).toHaveLength(2);
    await a.stop();
    await b.stop();
  });

  it("retries a failing job with a doubling delay, then keeps it as a dead letter", async () => {
    const attempts: string[] = [];
    const job: JobDefinition = {
      name: "always-fails",
      retryLimit: 2,
      retryDelaySeconds: 10,
      run: async () => {
        attempts.push(t.clock.now.toISOString());
        throw new Error("the mail server said no");
      },
    };
    const q = new LocalJobQueue(t.deps.db, { clock, pollMs: 0 });
    await q.start(t.deps, [job]);
    await q.send("always-fails", { n: 1 });
    expect(await q.runDue()).toBe(1);
    t.clock.advance(9_000);
    expect(await q.runDue()).toBe(0); // the first retry waits 10 s
    t.clock.advance(1_000);
    expect(await q.runDue()).toBe(1);
    t.clock.advance(19_000);
    expect(await q.runDue()).toBe(0); // the second waits 20 s
    t.clock.advance(1_000);
    expect(await q.runDue()).toBe(1);
    t.clock.advance(3_600_000);
    expect(await q.runDue()).toBe(0);
    expect(attempts).toHaveLength(3);
    const dead = await q.deadLetters(10);
    expect(dead).toEqual([
      expect.objectContaining({
        name: "always-fails",
        attempts: 3,
        error: "the mail server said no",
      }),
    ]);
    await q.stop();
  });

  it("keeps queued jobs over a restart and takes back a job whose runner died", async () => {
    const done: unknown[] = [];
    const job: JobDefinition = { name: "work", run: async (_d, data) => void done.push(data) };
    const before = new LocalJobQueue(t.deps.db, { clock, pollMs: 0 });
    await before.start(t.deps, [job]);
    await before.send("work", { n: 1 });
    await before.stop(); // "restart" before it ran
    // A runner that claimed a job and died: the row stays active with a lock in the past.
    await t.deps.db
      .insertInto("jobs")
      .values({
        id: "00000000-0000-4000-8000-000000000001",
        name: "work",
        data: JSON.stringify({ n: 2 }),
        state: "active",
        singleton_key: null,
        run_at: t.clock.now.toISOString(),
        attempts: 0,
        retry_limit: 3,
        retry_delay_seconds: 30,
        locked_until: new Date(t.clock.now.getTime() - 1000).toISOString(),
        last_error: null,
        created_at: t.clock.now.toISOString(),
        completed_at: null,
      })
      .execute();
    const after = new LocalJobQueue(t.deps.db, { clock, pollMs: 0 });
    await after.start(t.deps, [job]);
    expect(await after.runDue()).toBe(2);
    expect(done).toEqual(expect.arrayContaining([{ n: 1 }, { n: 2 }]));
    await after.stop();
  });

  it("the app's own timers run through it: picture refresh, review reminders, notice digests, the statistics and retention", async () => {
    const q = new LocalJobQueue(t.deps.db, { clock, pollMs: 0 });
    await q.start(t.deps, JOBS);
    expect(JOBS.map((j) => j.name)).toEqual([
      "picture-refresh",
      "review-reminders",
      "notice-digests",
      "statistics-refresh",
      "retention",
    ]);
    expect(await q.runDue()).toBe(JOBS.length);
    expect(await q.deadLetters(10)).toEqual([expect.objectContaining({ name: "always-fails" })]);
    await q.stop();
  });
});

const PG = process.env.INZICHT_TEST_DATABASE_URL ? describe : describe.skip;

PG("pg-boss under two app instances (postgres)", () => {
  let a: TestApp;
  let b: TestApp;
  const ticks: string[] = [];
  const ran = new Map<number, string[]>();
  const failures: string[] = [];
  const jobsOf = (instance: string): JobDefinition[] => [
    { name: "every-minute", everyMinutes: 1, run: async () => void ticks.push(instance) },
    {
      name: "count",
      run: async (_deps, data) => {
        const n = (data as { n: number }).n;
        ran.set(n, [...(ran.get(n) ?? []), instance]);
      },
    },
    {
      name: "always-fails",
      retryLimit: 2,
      retryDelaySeconds: 1,
      run: async () => {
        failures.push(instance);
        throw new Error("the mail server said no");
      },
    },
  ];

  beforeAll(async () => {
    // A timer fires in the first 60 s after its minute: start early in a minute, so the test's
    // window holds one slot only.
    const second = new Date().getUTCSeconds();
    if (second > 25) await sleep((61 - second) * 1000);
    a = await createTestApp("postgres", { seed: false });
    b = await createSecondInstance(a);
    // Each instance's own pg-boss queue on the shared schema, polling faster than in production.
    if (a.target.kind !== "postgres") throw new Error("postgres expected");
    for (const t of [a, b]) {
      t.deps.jobs = new PgBossJobQueue({
        url: a.target.url,
        schema: `${a.target.schema}_jobs`,
        pollSeconds: 0.5,
        cronWorkerSeconds: 1,
        cronMonitorSeconds: 1,
      });
    }
    await Promise.all([
      a.deps.jobs.start(a.deps, jobsOf("A")),
      b.deps.jobs.start(b.deps, jobsOf("B")),
    ]);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  }, 60_000);

  it("a timer's job runs exactly once across both instances", async () => {
    expect(a.deps.jobs.engine).toBe("pg-boss");
    await until(() => ticks.length > 0, 20_000);
    await sleep(5_000); // both timekeepers and workers polled again meanwhile
    expect(ticks).toHaveLength(1);
  }, 40_000);

  it("every sent job runs on exactly one of the instances", async () => {
    for (let n = 0; n < 20; n++) await (n % 2 ? a : b).deps.jobs.send("count", { n });
    await until(() => ran.size === 20, 30_000);
    await sleep(3_000);
    expect([...ran.values()].every((who) => who.length === 1)).toBe(true);
    const instances = new Set([...ran.values()].flat());
    console.log(`20 jobs ran on: ${[...instances].join(", ")}`);
  }, 45_000);

  it("a failing job retries, then lands in the dead letters that either instance lists", async () => {
    await a.deps.jobs.send("always-fails", { n: 1 });
    await until(() => failures.length === 3, 30_000);
    let dead = await b.deps.jobs.deadLetters(10);
    const end = Date.now() + 10_000;
    while (dead.length === 0 && Date.now() < end) {
      await sleep(200);
      dead = await b.deps.jobs.deadLetters(10);
    }
    expect(dead).toEqual([
      expect.objectContaining({
        name: "always-fails",
        attempts: 3,
        error: "the mail server said no",
      }),
    ]);
    await sleep(3_000);
    expect(failures).toHaveLength(3);
  }, 45_000);
});
