/**
 * The in-process job runner (SQLite; ADR 0018): the same semantics as pg-boss — timers that
 * send a job once per period (a singleton key per time slot), retries with a doubling delay,
 * and a dead letter after the last retry — with the jobs in the `jobs` table, so a restart
 * loses none. Polls once a second; `runDue()` lets a test drive it without waiting.
 */
import {
  claimDueJob,
  completeJob,
  failJobAttempt,
  insertJob,
  listFailedJobs,
  purgeCompletedJobs,
} from "../../db/repositories/job.repository.js";
import type { DatabaseHandleDb } from "../../db/schema.js";
import type { ServiceDeps } from "../deps.js";
import {
  JOB_DEFAULTS,
  checkJob,
  errorText,
  quietLog,
  type DeadLetter,
  type JobDefinition,
  type JobLog,
  type JobQueue,
} from "./job-queue.js";

const KEEP_COMPLETED_MS = 7 * 86_400_000;

export class LocalJobQueue implements JobQueue {
  readonly engine = "in-process" as const;
  private jobs = new Map<string, JobDefinition>();
  private deps: ServiceDeps | null = null;
  private log: JobLog = quietLog;
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private busy = false;

  constructor(
    private readonly db: DatabaseHandleDb,
    private readonly options: { clock: () => Date; pollMs?: number },
  ) {}

  async start(deps: ServiceDeps, jobs: readonly JobDefinition[], log?: JobLog): Promise<void> {
    for (const job of jobs) {
      checkJob(job);
      this.jobs.set(job.name, job);
    }
    this.deps = deps;
    if (log) this.log = log;
    if (this.options.pollMs === 0) return;
    this.timer = setInterval(() => void this.tick(), this.options.pollMs ?? 1000);
    this.timer.unref();
    void this.tick();
  }

  private tick(): Promise<unknown> {
    if (this.busy) return this.running;
    this.busy = true;
    this.running = this.runDue()
      .catch((e: unknown) => this.log.error({ err: errorText(e) }, "job runner failed"))
      .finally(() => {
        this.busy = false;
      });
    return this.running;
  }

  async send(name: string, data: object = {}, options: { singletonKey?: string } = {}) {
    const job = this.jobs.get(name);
    const now = this.options.clock().toISOString();
    await insertJob(this.db, {
      name,
      data,
      singletonKey: options.singletonKey ? `${name}:${options.singletonKey}` : null,
      runAt: now,
      retryLimit: job?.retryLimit ?? JOB_DEFAULTS.retryLimit,
      retryDelaySeconds: job?.retryDelaySeconds ?? JOB_DEFAULTS.retryDelaySeconds,
      now,
    });
  }

  /** Sends the timers' jobs for the current slot, then runs every due job; returns how many ran. */
  async runDue(): Promise<number> {
    const deps = this.deps;
    if (!deps) return 0;
    const nowDate = this.options.clock();
    for (const job of this.jobs.values()) {
      if (!job.everyMinutes) continue;
      const period = job.everyMinutes * 60_000;
      const slot = new Date(Math.floor(nowDate.getTime() / period) * period).toISOString();
      await this.send(job.name, {}, { singletonKey: `every@${slot}` });
    }
    let ran = 0;
    for (;;) {
      const now = this.options.clock();
      const row = await claimDueJob(
        this.db,
        [...this.jobs.keys()],
        now.toISOString(),
        new Date(now.getTime() + JOB_DEFAULTS.expireSeconds * 1000).toISOString(),
      );
      if (!row) break;
      const job = this.jobs.get(row.name);
      if (!job) break;
      ran++;
      try {
        await job.run(deps, JSON.parse(row.data) as unknown);
        await completeJob(this.db, row.id, this.options.clock().toISOString());
      } catch (e) {
        const attempts = row.attempts + 1;
        const at = this.options.clock();
        const dead = attempts > row.retry_limit;
        const retryAt = new Date(
          at.getTime() + row.retry_delay_seconds * 1000 * 2 ** (attempts - 1),
        ).toISOString();
        await failJobAttempt(
          this.db,
          row.id,
          attempts,
          errorText(e),
          dead ? { deadAt: at.toISOString() } : { retryAt },
        );
        this.log[dead ? "error" : "warn"](
          { job: row.name, id: row.id, attempts, err: errorText(e) },
          dead ? "job failed for good: dead letter" : "job failed, will retry",
        );
      }
    }
    await purgeCompletedJobs(
      this.db,
      new Date(nowDate.getTime() - KEEP_COMPLETED_MS).toISOString(),
    );
    return ran;
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    const rows = await listFailedJobs(this.db, limit);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      attempts: r.attempts,
      error: r.last_error,
      createdAt: r.created_at,
      failedAt: r.completed_at,
    }));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.deps = null;
    await this.running;
  }
}
