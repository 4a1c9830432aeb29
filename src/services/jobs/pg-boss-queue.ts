/**
 * The job queue on PostgreSQL: pg-boss 10 (ADR 0016, ADR 0018) in its own schema of the app's
 * database. Every instance starts it; pg-boss hands each job to exactly one worker
 * (`FOR UPDATE SKIP LOCKED`), and one instance per minute wins the timekeeper's update, so a
 * timer's job is sent once across all instances (with a 60-second singleton key besides).
 * A job that used up its retries stays in state `failed`: the dead letters.
 */
import PgBoss from "pg-boss";
import type { ServiceDeps } from "../deps.js";
import {
  JOB_DEFAULTS,
  checkJob,
  cronOf,
  errorText,
  quietLog,
  type DeadLetter,
  type JobDefinition,
  type JobLog,
  type JobQueue,
} from "./job-queue.js";

export interface PgBossQueueOptions {
  url: string;
  /** pg-boss's own schema (default `pgboss`). */
  schema: string;
  /** How often an idle worker looks for a job (default 2 s). */
  pollSeconds?: number;
  /** How often the timekeeper turns due schedules into jobs (default 5 s). */
  cronWorkerSeconds?: number;
  /** How often an instance tries to become the minute's timekeeper (default 30 s). */
  cronMonitorSeconds?: number;
}

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

export class PgBossJobQueue implements JobQueue {
  readonly engine = "pg-boss" as const;
  private boss: PgBoss | null = null;
  private readonly schema: string;

  constructor(private readonly options: PgBossQueueOptions) {
    if (!SCHEMA.test(options.schema)) throw new Error(`pg-boss schema "${options.schema}"`);
    this.schema = options.schema;
  }

  async start(deps: ServiceDeps, jobs: readonly JobDefinition[], log: JobLog = quietLog) {
    jobs.forEach(checkJob);
    const boss = new PgBoss({
      connectionString: this.options.url,
      schema: this.schema,
      max: 4,
      application_name: "inzicht-jobs",
      cronWorkerIntervalSeconds: this.options.cronWorkerSeconds ?? 5,
      cronMonitorIntervalSeconds: this.options.cronMonitorSeconds ?? 30,
    });
    // pg-boss reports connection trouble as events; unhandled, an "error" event ends the process.
    boss.on("error", (e: unknown) => log.error({ err: errorText(e) }, "job queue error"));
    await boss.start();
    this.boss = boss;
    for (const job of jobs) {
      const retry = {
        retryLimit: job.retryLimit ?? JOB_DEFAULTS.retryLimit,
        retryDelay: job.retryDelaySeconds ?? JOB_DEFAULTS.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: job.expireSeconds ?? JOB_DEFAULTS.expireSeconds,
      };
      // Instances starting together create the same queue at once; pg-boss's partition DDL may
      // then deadlock, and creating is idempotent: try again.
      await untilNoDeadlock(() => boss.createQueue(job.name, { name: job.name, ...retry }));
      // Same settings for an existing queue (a deployment changed a retry limit).
      await boss.updateQueue(job.name, { name: job.name, ...retry });
      if (job.everyMinutes) await boss.schedule(job.name, cronOf(job.everyMinutes), {}, retry);
      else await boss.unschedule(job.name);
      await boss.work(
        job.name,
        { pollingIntervalSeconds: this.options.pollSeconds ?? 2, batchSize: 1 },
        async ([current]) => {
          if (!current) return;
          try {
            await job.run(deps, current.data);
          } catch (e) {
            log.warn({ job: job.name, id: current.id, err: errorText(e) }, "job failed");
            // pg-boss stores the thrown value as the job's output: the message only.
            throw new Error(errorText(e));
          }
        },
      );
    }
  }

  async send(name: string, data: object = {}, options: { singletonKey?: string } = {}) {
    if (!this.boss) throw new Error("the job queue is not started");
    await this.boss.send(
      name,
      data,
      options.singletonKey ? { singletonKey: options.singletonKey } : {},
    );
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    if (!this.boss) return [];
    const s = this.schema;
    const select = (table: string) =>
      `select id::text as id, name, retry_count, output->>'message' as error, created_on, completed_on
         from ${s}.${table} where state = 'failed' and name not like '\\_\\_pgboss%'`;
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `${select("job")} union all ${select("archive")} order by completed_on desc nulls last limit $1`,
        [limit],
      );
    return (rows as DeadLetterRow[]).map((r) => ({
      id: r.id,
      name: r.name,
      attempts: r.retry_count + 1,
      error: r.error,
      createdAt: new Date(r.created_on).toISOString(),
      failedAt: r.completed_on ? new Date(r.completed_on).toISOString() : null,
    }));
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

async function untilNoDeadlock(step: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code !== "40P01" || attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * attempt));
    }
  }
}

interface DeadLetterRow {
  id: string;
  name: string;
  retry_count: number;
  error: string | null;
  created_on: Date | string;
  completed_on: Date | string | null;
}
