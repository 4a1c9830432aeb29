/**
 * The job queue (ADR 0018): one interface, two engines. On PostgreSQL pg-boss runs every job
 * exactly once across all app instances (SKIP LOCKED, cron schedules with one timekeeper per
 * minute); on SQLite an in-process runner with the same semantics keeps its jobs in the `jobs`
 * table. Handlers are plain functions of (deps, data), registered by name in `registry.ts`.
 */
import type { ServiceDeps } from "../deps.js";

export type JobHandler = (deps: ServiceDeps, data: unknown) => Promise<void>;

export interface JobDefinition {
  /** Queue name: lower case, digits and dashes. */
  name: string;
  run: JobHandler;
  /**
   * A timer: the job is sent once per period across every instance. Minutes divide an hour
   * (1, 5, 15, 30…) or are whole hours dividing a day (60, 120, … 1440).
   */
  everyMinutes?: number;
  /** Attempts after the first one before the job becomes a dead letter (default 3). */
  retryLimit?: number;
  /** Wait before the first retry, doubled for each next one (default 30 s). */
  retryDelaySeconds?: number;
  /** An attempt running longer than this counts as failed (default 15 minutes). */
  expireSeconds?: number;
}

/** A job that used up its retries: what the system admin sees. No job data (it may hold ids). */
export interface DeadLetter {
  id: string;
  name: string;
  attempts: number;
  error: string | null;
  createdAt: string;
  failedAt: string | null;
}

export interface JobLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobQueue {
  readonly engine: "pg-boss" | "in-process";
  /** Registers the handlers, installs the timers and starts working. */
  start(deps: ServiceDeps, jobs: readonly JobDefinition[], log?: JobLog): Promise<void>;
  /** Queues one job; with a singleton key, a second send while the first is queued adds none. */
  send(name: string, data?: object, options?: { singletonKey?: string }): Promise<void>;
  /** Jobs that used up their retries, newest first. */
  deadLetters(limit: number): Promise<DeadLetter[]>;
  /** Stops taking jobs and waits for the running ones. Safe to call when not started. */
  stop(): Promise<void>;
}

export const JOB_DEFAULTS = { retryLimit: 3, retryDelaySeconds: 30, expireSeconds: 900 } as const;

const NAME = /^[a-z][a-z0-9-]{1,60}$/;

/** Checks a definition; throws on a name or period the engines cannot express. */
export function checkJob(job: JobDefinition): void {
  if (!NAME.test(job.name)) throw new Error(`job name "${job.name}": lower case, digits, dashes`);
  const m = job.everyMinutes;
  if (m === undefined) return;
  const ok =
    Number.isInteger(m) && m > 0 && (m < 60 ? 60 % m === 0 : m % 60 === 0 && 1440 % m === 0);
  if (!ok) throw new Error(`job "${job.name}": everyMinutes ${m} must divide an hour or a day`);
}

/** The cron expression of a period (UTC). */
export function cronOf(everyMinutes: number): string {
  if (everyMinutes < 60) return everyMinutes === 1 ? "* * * * *" : `*/${everyMinutes} * * * *`;
  const hours = everyMinutes / 60;
  return hours === 24 ? "0 0 * * *" : hours === 1 ? "0 * * * *" : `0 */${hours} * * *`;
}

/** An error as stored with a failed job: its message only, never a stack or data. */
export function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 500);
}

/** The log used when the caller gives none: errors to stderr, nothing else. */
export const quietLog: JobLog = {
  info: () => undefined,
  warn: () => undefined,
  error: (obj, msg) => console.error(msg, obj),
};
