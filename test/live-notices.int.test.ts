import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoYouthId } from "./support/demo-world.js";
import {
  createSecondInstance,
  createTestApp,
  demoEmail,
  loginAs,
  type TestApp,
} from "./test-app.js";
import { TEST_DATABASES } from "./test-db.js";

/**
 * Live notices (issue 21): a notification raised through instance A reaches a browser's
 * Server-Sent Events stream on instance B (PostgreSQL LISTEN/NOTIFY; on SQLite, the embedded
 * single process, both ends are the one instance). Over real HTTP on loopback. The events carry
 * a count only.
 */
interface Event {
  event: string;
  data: string;
}

/** Reads SSE events from a streaming fetch body. */
function eventReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return async function next(timeoutMs = 10_000): Promise<Event> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split("\n");
        const event = lines.find((l) => l.startsWith("event: "))?.slice(7);
        const data = lines.find((l) => l.startsWith("data: "))?.slice(6);
        if (event && data !== undefined) return { event, data };
        continue; // retry: or a heartbeat comment
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("no event in time");
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error("no event in time")), left),
        ),
      ]);
      if (chunk.done) throw new Error("stream ended");
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
}

describe.each(TEST_DATABASES)("live notices over Server-Sent Events (%s)", (kind) => {
  let a: TestApp;
  let b: TestApp;
  let base: string;
  beforeAll(async () => {
    a = await createTestApp(kind);
    b = kind === "postgres" ? await createSecondInstance(a) : a;
    base = await b.app.listen({ port: 0, host: "127.0.0.1" });
  }, 60_000);
  afterAll(async () => {
    if (b !== a) await b.close();
    await a.close();
  });

  it("refuses a caller without a session with 401 problem+json", async () => {
    const res = await fetch(`${base}/api/notifications/stream`);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it("a judgement recorded on instance A updates the mentor's count on instance B", async () => {
    const mentor = await loginAs(b.app, demoEmail("mentor.terapel"));
    const guardian = await loginAs(a.app, demoEmail("guardian"));
    const controller = new AbortController();
    const res = await fetch(`${base}/api/notifications/stream`, {
      headers: { cookie: mentor.cookie, accept: "text/event-stream" },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    if (!res.body) throw new Error("no body");
    const next = eventReader(res.body);
    const first = await next();
    expect(first.event).toBe("notifications");
    const before = (JSON.parse(first.data) as { unread: number }).unread;

    const hamid = await demoYouthId(a.deps, "Hamid N.");
    const judged = await guardian.request({
      method: "POST",
      url: `/api/youths/${hamid}/judgements`,
      payload: { kind: "suspicion", reason: "Na een gesprek heb ik een sterk vermoeden." },
    });
    expect(judged.statusCode).toBe(201);
    const answered = Date.now();

    const live = await next();
    console.log(
      `live notice (${kind}): event on the stream ${Date.now() - answered} ms after the answer`,
    );
    expect(live.event).toBe("notifications");
    // A count and nothing else: no youth id, no name, no kind. (The judgement notifies the
    // mentor; the picture it raises may notify them once more.)
    const after = JSON.parse(live.data) as { unread: number };
    expect(Object.keys(after)).toEqual(["unread"]);
    expect(after.unread).toBeGreaterThan(before);
    expect(live.data).not.toContain(hamid);

    // Read on instance A: the stream on B follows.
    const read = await (
      await loginAs(a.app, demoEmail("mentor.terapel"))
    ).request({ method: "POST", url: "/api/notifications/read", payload: { all: true } });
    expect(read.statusCode).toBe(200);
    let count = after.unread;
    while (count !== 0) count = (JSON.parse((await next()).data) as { unread: number }).unread;
    expect(count).toBe(0);
    controller.abort();
  }, 30_000);
});
