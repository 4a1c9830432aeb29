import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setQueueDepth } from "../src/services/metrics/metrics.js";
import { demoYouthId } from "./support/demo-world.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "./test-app.js";
import { TEST_DATABASES } from "./test-db.js";

/**
 * Prometheus metrics (ADR 0019): durations per route pattern (never an id), access-log write
 * timings, the job queue gauge; off (404) without a token.
 */
const TOKEN = "metrics-token-for-the-test-0123456789ab";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The value of the first sample line that starts with `prefix` and contains every `part`. */
function sample(text: string, prefix: string, ...parts: string[]): number | undefined {
  const line = text
    .split("\n")
    .find((l) => l.startsWith(prefix) && parts.every((p) => l.includes(p)));
  return line === undefined ? undefined : Number(line.split(" ").pop());
}

describe.each(TEST_DATABASES)("metrics (%s)", (kind) => {
  let t: TestApp;
  let amir: string;
  beforeAll(async () => {
    t = await createTestApp(kind, { metricsToken: TOKEN });
    amir = await demoYouthId(t.deps, "Amir K.");
  });
  afterAll(() => t.close());

  const scrape = async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/metrics",
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  it("counts dossier reads under the route pattern, never the youth's id, and times their access-log writes", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const before = await scrape();
    const pattern = ['route="/api/youths/:id"', 'method="GET"', 'status="2xx"'];
    const readsBefore = sample(before, "inzicht_http_request_duration_seconds_count", ...pattern);
    const commitsBefore =
      sample(before, "inzicht_audit_write_seconds_count", 'stage="commit"') ?? 0;
    for (let i = 0; i < 3; i++) {
      const res = await mentor.request({ method: "GET", url: `/api/youths/${amir}` });
      expect(res.statusCode).toBe(200);
    }
    await t.app.inject({ method: "GET", url: `/api/no-such-thing/${amir}` });
    const after = await scrape();
    expect(sample(after, "inzicht_http_request_duration_seconds_count", ...pattern)).toBe(
      (readsBefore ?? 0) + 3,
    );
    expect(
      sample(after, "inzicht_http_request_duration_seconds_count", 'route="(unmatched)"'),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(after, "inzicht_audit_write_seconds_count", 'stage="commit"')).toBeGreaterThan(
      commitsBefore,
    );
    expect(sample(after, "inzicht_audit_write_seconds_count", 'stage="append"')).toBeGreaterThan(0);
    expect(after).not.toMatch(UUID);
    expect(after).not.toContain("Amir");
    // The Node.js process metrics come with it.
    expect(after).toContain("inzicht_process_cpu_seconds_total");
  });

  it("shows the job queue depth the job runner sets", async () => {
    setQueueDepth("picture-refresh", 7);
    expect(sample(await scrape(), "inzicht_job_queue_depth", 'queue="picture-refresh"')).toBe(7);
    setQueueDepth("picture-refresh", 0);
    expect(sample(await scrape(), "inzicht_job_queue_depth", 'queue="picture-refresh"')).toBe(0);
  });

  it("answers 404 problem+json when no metrics token is configured", async () => {
    const off = await createTestApp(kind, { seed: false });
    try {
      const res = await off.app.inject({
        method: "GET",
        url: "/metrics",
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode).toBe(404);
      expect(res.headers["content-type"]).toContain("application/problem+json");
    } finally {
      await off.close();
    }
  });
});
