/** The in-process job runner's table (SQLite; ADR 0018). */
export interface JobTable {
  id: string;
  name: string;
  /** JSON of the job's data (ids and counts, never personal data). */
  data: string;
  /** created → active → completed, or back to created for a retry, or failed (a dead letter). */
  state: "created" | "active" | "completed" | "failed";
  singleton_key: string | null;
  run_at: string;
  attempts: number;
  retry_limit: number;
  retry_delay_seconds: number;
  /** While active: when a runner that died holding the job gives it up. */
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  completed_at: string | null;
}
