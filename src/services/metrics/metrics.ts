/**
 * Prometheus metrics of this process (prom-client, ADR 0019). One registry per process: every
 * instance behind the proxy is scraped on its own and Prometheus sums them. Labels never hold an
 * id, a name or anything a user typed: routes are their pattern (`/api/youths/:id`), never the
 * address asked for.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The registry GET /metrics renders. */
export const metricsRegistry = new Registry();
metricsRegistry.setDefaultLabels({ app: "inzicht" });
collectDefaultMetrics({ register: metricsRegistry, prefix: "inzicht_" });

/** A route label for requests that matched no route (404s of unknown addresses). */
export const UNMATCHED_ROUTE = "(unmatched)";

const httpDuration = new Histogram({
  name: "inzicht_http_request_duration_seconds",
  help: "Time from the request's arrival to its answer, per route pattern, method and status class",
  labelNames: ["method", "route", "status"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

const auditWrite = new Histogram({
  name: "inzicht_audit_write_seconds",
  help: "Access-log writes: 'append' is one entry inside its transaction (chain lock, head read, insert); 'commit' is a read's entry from queued to committed (the lag before the read answers)",
  labelNames: ["stage"] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [metricsRegistry],
});

const auditFailures = new Counter({
  name: "inzicht_audit_write_failures_total",
  help: "Access-log commits that failed (the read or change they belong to failed with them)",
  registers: [metricsRegistry],
});

const queueDepth = new Gauge({
  name: "inzicht_job_queue_depth",
  help: "Jobs waiting in a queue (set by the job runner)",
  labelNames: ["queue"] as const,
  registers: [metricsRegistry],
});

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Records one answered HTTP request. `route` is the matched pattern, or UNMATCHED_ROUTE. */
export function observeHttpRequest(
  method: string,
  route: string,
  statusCode: number,
  seconds: number,
): void {
  httpDuration.observe(
    {
      method: METHODS.has(method) ? method : "OTHER",
      route,
      status: `${Math.floor(statusCode / 100)}xx`,
    },
    seconds,
  );
}

/** Records one access-log write (see the metric's help for the stages). */
export function observeAuditWrite(stage: "append" | "commit", seconds: number): void {
  auditWrite.observe({ stage }, seconds);
}

/** Counts a failed access-log commit. */
export function countAuditFailure(): void {
  auditFailures.inc();
}

/**
 * Sets how many jobs wait in `queue`. The job runner calls this (after each poll, or from the
 * queue engine's monitor event); a queue never set is simply absent from /metrics.
 */
export function setQueueDepth(queue: string, depth: number): void {
  queueDepth.set({ queue }, Math.max(0, depth));
}

/** The exposition text and its content type, for GET /metrics. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
