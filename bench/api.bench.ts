/**
 * API under load (autocannon on loopback, bounded): each route against a bare Fastify route on the
 * same server, at 10 and 100 connections; p50/p99 and requests/s; errors are reported, never hidden.
 */
import { randomInt } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createDeps } from "../src/bootstrap.js";
import { buildApp } from "../src/server/app.js";
import { requireActor } from "../src/server/plugins/auth.js";
import { getYouth } from "../src/services/youths/get-youth.js";
import { recordSignal } from "../src/services/signals/record-signal.js";
import { BENCH_KEYS } from "./db.bench.js";
import { load, record, type LoadResult } from "./lib.js";

const CONFIG = {
  keys: BENCH_KEYS,
  session: { idleMinutes: 600, absoluteMinutes: 1200 },
  demo: false,
  version: "bench",
  env: "test" as const,
};
const PASSWORD = "bench-password-2026";

async function login(base: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`bench login ${email}: ${res.status}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

const signalBody = () =>
  JSON.stringify({
    indicatorIds: ["behav.out-at-night"],
    observedAt: "2026-11-28",
    source: "own_observation",
    facts: `Benchmark: kwam om 03:${String(randomInt(60)).padStart(2, "0")} terug.`,
  });

/** Load cases that had errors or non-2xx answers; `npm run bench` fails when any did. */
export const apiFailures: string[] = [];

export async function benchApi(sqliteFile: string, seconds: number): Promise<void> {
  console.log("\nAPI (SQLite, loopback)");
  const { deps } = await createDeps(CONFIG, { kind: "sqlite", file: sqliteFile });
  const app = await buildApp({ deps, webDist: null, trustProxy: true });
  app.get("/bench/bare", async () => ({ ok: true }));
  app.get<{ Params: { id: string } }>("/api/bench/dossier-nolog/:id", async (request) =>
    getYouth(deps, requireActor(request), request.params.id, { audit: false }),
  );
  app.post<{ Params: { id: string } }>(
    "/api/bench/signal-norecompute/:id",
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordSignal(
            deps,
            requireActor(request),
            request.params.id,
            request.body as never,
            undefined,
            { recompute: false },
          ),
        ),
  );
  await app.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const lead = await login(base, "team_lead@bench.inzicht.test");
    const mentorRow = await deps.db
      .selectFrom("circle_members as cm")
      .innerJoin("users as u", "u.id", "cm.user_id")
      .select(["u.email", "u.id"])
      .where("cm.relation", "=", "mentor")
      .groupBy(["u.email", "u.id"])
      .orderBy((eb) => eb.fn.countAll(), "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    const mentor = await login(base, mentorRow.email);
    const youthIds = (
      await deps.db
        .selectFrom("circle_members")
        .select("youth_id")
        .where("user_id", "=", mentorRow.id)
        .limit(50)
        .execute()
    ).map((r) => r.youth_id);
    const youth = youthIds[0] ?? "";
    const asLead = { cookie: lead.cookie };
    const asMentor = {
      cookie: mentor.cookie,
      "x-csrf-token": mentor.csrf,
      "content-type": "application/json",
    };
    const pickYouth = () => youthIds[randomInt(youthIds.length)] ?? youth;
    const cases: { name: string; opts: Parameters<typeof load>[3]; path: string }[] = [
      { name: "GET /api/health", path: "/api/health", opts: {} },
      {
        name: "GET /api/youths/{id} (dossier read + access-log write)",
        path: `/api/youths/${youth}`,
        opts: { headers: asMentor },
      },
      {
        name: "GET dossier read WITHOUT access-log write (same service)",
        path: `/api/bench/dossier-nolog/${youth}`,
        opts: { headers: asMentor },
      },
      {
        name: "GET /api/caseload first page (team lead)",
        path: "/api/caseload?limit=50",
        opts: { headers: asLead },
      },
      {
        name: "POST /api/youths/{id}/signals (incl. picture recompute)",
        path: `/api/youths/${youth}/signals`,
        opts: {
          method: "POST",
          headers: asMentor,
          requests: [
            {
              setupRequest: (r) => ({
                ...r,
                path: `/api/youths/${pickYouth()}/signals`,
                body: signalBody(),
              }),
            },
          ],
        },
      },
      {
        name: "POST record signal WITHOUT recompute (same service)",
        path: `/api/bench/signal-norecompute/${youth}`,
        opts: {
          method: "POST",
          headers: asMentor,
          requests: [
            {
              setupRequest: (r) => ({
                ...r,
                path: `/api/bench/signal-norecompute/${pickYouth()}`,
                body: signalBody(),
              }),
            },
          ],
        },
      },
      {
        name: "POST /api/auth/login (argon2id)",
        path: "/api/auth/login",
        opts: {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "team_lead@bench.inzicht.test", password: PASSWORD }),
          requests: [
            {
              setupRequest: (r) => ({
                ...r,
                headers: {
                  ...r.headers,
                  "x-forwarded-for": `10.${randomInt(255)}.${randomInt(255)}.${randomInt(255)}`,
                },
              }),
            },
          ],
        },
      },
    ];
    for (const connections of [10, 100]) {
      const bare = await load(`${base}/bench/bare`, connections, seconds);
      record({
        section: "api",
        name: `[${connections} conn] bare Fastify route (baseline)`,
        value: bare.rps,
        unit: "req/s",
        note: `p50 ${bare.p50} ms, p99 ${bare.p99} ms`,
      });
      const results = new Map<string, LoadResult>();
      for (const c of cases) {
        const r = await load(`${base}${c.path}`, connections, seconds, c.opts);
        results.set(c.name, r);
        const bad = r.errors + r.non2xx;
        if (bad > 0) apiFailures.push(`[${connections} conn] ${c.name}: ${bad} errors/non-2xx`);
        record({
          section: "api",
          name: `[${connections} conn] ${c.name}`,
          value: r.rps,
          unit: "req/s",
          baseline: "bare route",
          ratio: r.rps / bare.rps,
          note: `p50 ${r.p50} ms, p99 ${r.p99} ms${bad ? `, ${bad} ERRORS/non-2xx` : ", 0 errors"}`,
        });
      }
      const withLog = results.get(cases[1]?.name ?? "");
      const noLog = results.get(cases[2]?.name ?? "");
      if (withLog && noLog)
        record({
          section: "api",
          name: `[${connections} conn] cost of logging a read: rps with / without log`,
          value: withLog.rps / noLog.rps,
          unit: "×",
        });
      const withRe = results.get(cases[4]?.name ?? "");
      const noRe = results.get(cases[5]?.name ?? "");
      if (withRe && noRe)
        record({
          section: "api",
          name: `[${connections} conn] recording with / without recompute (rps)`,
          value: withRe.rps / noRe.rps,
          unit: "×",
        });
    }
  } finally {
    await app.close();
  }
}
