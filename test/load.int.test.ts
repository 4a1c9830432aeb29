import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetLoginLimiters } from "../src/services/auth/login.js";
import { DEMO_PASSWORD } from "../src/services/demo/demo-organisations.js";
import { systemContext } from "../src/services/system-context.js";
import { createUser } from "../src/services/users/create-user.js";
import { listenOnLoopback } from "./support/api-client.js";
import { yesterday } from "./support/demo-world.js";
import { httpLogin, type HttpSession } from "./support/http-session.js";
import { prng, testSeed } from "./support/prng.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "./test-app.js";

/**
 * Load: 50 concurrent sessions of 10 users (the demo casework accounts and three extra
 * mentors) against a real server listening on loopback (SQLite), for INZICHT_LOAD_SECONDS
 * (default 20; 60 when CI=true): dossier reads, caseload, timeline, recording signals,
 * notifications. Every answer must be a 2xx — there are no deliberate errors in the mix — and
 * the JavaScript heap in use after a full GC may grow by at most 100 MB (a leak check: a leak of
 * requests, sessions or listeners stays on the heap). RSS also holds SQLite's page cache and the
 * allocator's arenas, which grow with the database and the machine's load, so it gets only a
 * gross bound of 400 MB. RSS and heap at start and end and the requests done are printed; times
 * are reported, never asserted.
 */
const SECONDS = Number(process.env.INZICHT_LOAD_SECONDS ?? (process.env.CI === "true" ? 60 : 20));
const SESSIONS = 50;
const HEAP_GROWTH_LIMIT_MB = 100;
const RSS_GROWTH_LIMIT_MB = 400;
const MB = 1024 * 1024;

/**
 * Memory after a full garbage collection, so the leak check compares live memory and not how
 * much garbage V8 let pile up before its next major GC.
 */
function settledMemory(): NodeJS.MemoryUsage {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as unknown;
  if (typeof gc === "function") {
    gc();
    gc();
  }
  return process.memoryUsage();
}

const USERS = [
  demoEmail("mentor"),
  demoEmail("guardian"),
  demoEmail("care_coordinator"),
  demoEmail("school"),
  demoEmail("team_lead"),
  "mentor.terapel@demo.inzicht.test",
  "team_lead.terapel@demo.inzicht.test",
  "load.mentor1@demo.inzicht.test",
  "load.mentor2@demo.inzicht.test",
  "load.mentor3@demo.inzicht.test",
];

type Kind = "dossier" | "caseload" | "timeline" | "signal" | "notifications";
const MIX: Kind[] = [
  "dossier",
  "dossier",
  "dossier",
  "caseload",
  "caseload",
  "timeline",
  "timeline",
  "signal",
  "notifications",
  "notifications",
];

interface Client {
  session: HttpSession;
  youths: string[];
}

describe("mixed load of 50 concurrent sessions on a listening server (sqlite)", () => {
  let t: TestApp;
  let baseUrl: string;
  let clients: Client[];

  beforeAll(async () => {
    t = await createTestApp("sqlite");
    baseUrl = await listenOnLoopback(t.app);
    // Three extra mentors at COA Zutphen, each in the circle of every Zutphen demo youth.
    const zutphen = await t.deps.db
      .selectFrom("organisations")
      .select("id")
      .where("name", "=", "COA Zutphen")
      .executeTakeFirstOrThrow();
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const zutphenYouths = await t.deps.db
      .selectFrom("youths")
      .select("id")
      .where("location_id", "=", zutphen.id)
      .execute();
    for (const email of USERS.filter((u) => u.startsWith("load."))) {
      await createUser(t.deps, systemContext(t.clock.now, "load-test"), {
        email,
        displayName: `Belasting ${email.slice(5, 12)}`,
        roles: ["mentor"],
        organisationId: zutphen.id,
        password: DEMO_PASSWORD,
      });
      for (const y of zutphenYouths) {
        const res = await mentor.request({
          method: "POST",
          url: `/api/youths/${y.id}/circle`,
          payload: { email, relation: "other" },
        });
        if (res.statusCode !== 201) throw new Error(`circle: ${res.statusCode} ${res.body}`);
      }
    }
    // Every demo membership may record signals, so each user writes on every youth it reaches.
    clients = [];
    for (let i = 0; i < SESSIONS; i += USERS.length) {
      await resetLoginLimiters(t.deps); // 50 logins from one IP would exceed the per-IP login limit
      const batch = await Promise.all(
        USERS.map(async (email) => {
          const session = await httpLogin(() => baseUrl, email);
          const list = await session.request({ method: "GET", url: "/api/youths?limit=50" });
          const items = (JSON.parse(list.body) as { items: { id: string }[] }).items;
          return { session, youths: items.map((y) => y.id) };
        }),
      );
      clients.push(...batch);
    }
    expect(clients).toHaveLength(SESSIONS);
    expect(clients.every((c) => c.youths.length > 0)).toBe(true);
  });
  afterAll(() => t.close());

  it(
    `serves the mix for ${SECONDS} s without a single error, and memory stays bounded`,
    { timeout: (SECONDS + 120) * 1000 },
    async () => {
      const rnd = prng(testSeed(50));
      const done: Record<Kind, number> = {
        dossier: 0,
        caseload: 0,
        timeline: 0,
        signal: 0,
        notifications: 0,
      };
      const errors: string[] = [];
      let n = 0;
      let requests = 0;
      const memStart = settledMemory();
      const started = Date.now();
      const until = started + SECONDS * 1000;

      const one = async (c: Client, kind: Kind): Promise<void> => {
        const youth = rnd.pick(c.youths);
        const s = c.session;
        const answers =
          kind === "dossier"
            ? [await s.request({ method: "GET", url: `/api/youths/${youth}` })]
            : kind === "caseload"
              ? [await s.request({ method: "GET", url: "/api/caseload?limit=25" })]
              : kind === "timeline"
                ? [await s.request({ method: "GET", url: `/api/youths/${youth}/timeline` })]
                : kind === "notifications"
                  ? [
                      await s.request({ method: "GET", url: "/api/notifications/count" }),
                      await s.request({ method: "GET", url: "/api/notifications?limit=20" }),
                    ]
                  : [
                      await s.request({
                        method: "POST",
                        url: `/api/youths/${youth}/signals`,
                        headers: { "idempotency-key": `load-${process.pid}-${n++}` },
                        payload: {
                          indicatorIds: [
                            rnd.pick([
                              "behav.out-at-night",
                              "other.expensive-items",
                              "phys.exhausted",
                            ]),
                          ],
                          observedAt: yesterday(t.clock.now),
                          source: "own_observation",
                          facts: "Belastingtest: waarneming tijdens een drukke dienst.",
                        },
                      }),
                    ];
        requests += answers.length;
        for (const a of answers)
          if (a.status < 200 || a.status >= 300)
            errors.push(`${kind} as ${s.email}: ${a.status} ${a.body.slice(0, 200)}`);
        done[kind] += 1;
      };
      const worker = async (c: Client) => {
        while (Date.now() < until) {
          const kind = rnd.pick(MIX);
          try {
            await one(c, kind);
          } catch (error) {
            errors.push(`${kind} as ${c.session.email}: ${String(error)}`);
          }
        }
      };
      await Promise.all(clients.map((c) => worker(c)));
      const seconds = (Date.now() - started) / 1000;
      const memEnd = settledMemory();
      const total = Object.values(done).reduce((a, b) => a + b, 0);
      console.log(
        `load (sqlite): ${SESSIONS} sessions of ${USERS.length} users for ${seconds.toFixed(1)} s: ` +
          `${total} operations, ${requests} requests (${(requests / seconds).toFixed(0)}/s; ` +
          Object.entries(done)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ") +
          `), ${errors.length} errors; after a full GC: RSS ${(memStart.rss / MB).toFixed(0)} MB → ` +
          `${(memEnd.rss / MB).toFixed(0)} MB, heap used ${(memStart.heapUsed / MB).toFixed(0)} MB → ` +
          `${(memEnd.heapUsed / MB).toFixed(0)} MB`,
      );
      expect(errors.slice(0, 20)).toEqual([]);
      expect(total).toBeGreaterThan(0);
      expect(done.signal).toBeGreaterThan(0);
      expect((memEnd.heapUsed - memStart.heapUsed) / MB).toBeLessThan(HEAP_GROWTH_LIMIT_MB);
      expect((memEnd.rss - memStart.rss) / MB).toBeLessThan(RSS_GROWTH_LIMIT_MB);
    },
  );
});
