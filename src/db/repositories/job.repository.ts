/**
 * The in-process job runner's queue on SQLite (ADR 0018). Claiming is one conditional UPDATE,
 * so two runners on one file never take the same job; a job whose runner died while holding it
 * is claimable again once `locked_until` has passed.
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { JobTable } from "../jobs-schema.js";

export type JobRow = JobTable;

/** Adds a job; with a singleton key that already exists, adds nothing and returns null. */
export async function insertJob(
  db: Kysely<Database>,
  job: {
    name: string;
    data: object;
    singletonKey: string | null;
    runAt: string;
    retryLimit: number;
    retryDelaySeconds: number;
    now: string;
  },
): Promise<string | null> {
  const id = randomUUID();
  const inserted = await db
    .insertInto("jobs")
    .values({
      id,
      name: job.name,
      data: JSON.stringify(job.data),
      state: "created",
      singleton_key: job.singletonKey,
      run_at: job.runAt,
      attempts: 0,
      retry_limit: job.retryLimit,
      retry_delay_seconds: job.retryDelaySeconds,
      locked_until: null,
      last_error: null,
      created_at: job.now,
      completed_at: null,
    })
    .onConflict((oc) => oc.column("singleton_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted ? id : null;
}

/** Takes the next due job of the given names (or none), holding it until `lockedUntil`. */
export async function claimDueJob(
  db: Kysely<Database>,
  names: readonly string[],
  now: string,
  lockedUntil: string,
): Promise<JobRow | null> {
  if (names.length === 0) return null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const next = await db
      .selectFrom("jobs")
      .select(["id", "state"])
      .where("name", "in", names)
      .where((eb) =>
        eb.or([
          eb.and([eb("state", "=", "created"), eb("run_at", "<=", now)]),
          eb.and([eb("state", "=", "active"), eb("locked_until", "<", now)]),
        ]),
      )
      .orderBy("run_at")
      .limit(1)
      .executeTakeFirst();
    if (!next) return null;
    const claimed = await db
      .updateTable("jobs")
      .set({ state: "active", locked_until: lockedUntil })
      .where("id", "=", next.id)
      .where("state", "=", next.state)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
      .returningAll()
      .executeTakeFirst();
    if (claimed) return claimed;
  }
  return null;
}

export async function completeJob(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db
    .updateTable("jobs")
    .set({ state: "completed", completed_at: now, locked_until: null })
    .where("id", "=", id)
    .execute();
}

/** A failed attempt: back in the queue at `retryAt`, or failed for good (a dead letter). */
export async function failJobAttempt(
  db: Kysely<Database>,
  id: string,
  attempts: number,
  error: string,
  outcome: { retryAt: string } | { deadAt: string },
): Promise<void> {
  await db
    .updateTable("jobs")
    .set({
      attempts,
      last_error: error,
      locked_until: null,
      ...("retryAt" in outcome
        ? { state: "created", run_at: outcome.retryAt }
        : { state: "failed", completed_at: outcome.deadAt }),
    })
    .where("id", "=", id)
    .execute();
}

/** Jobs that used up their retries, newest first. */
export async function listFailedJobs(db: Kysely<Database>, limit: number): Promise<JobRow[]> {
  return db
    .selectFrom("jobs")
    .selectAll()
    .where("state", "=", "failed")
    .orderBy("completed_at", "desc")
    .limit(limit)
    .execute();
}

/** Completed jobs older than `before` go (the queue is not a history; failed ones stay). */
export async function purgeCompletedJobs(db: Kysely<Database>, before: string): Promise<void> {
  await db
    .deleteFrom("jobs")
    .where("state", "=", "completed")
    .where("completed_at", "<", before)
    .execute();
}
