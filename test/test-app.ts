/**
 * The integration test harness: a real app on a fresh database with the demo organisations
 * and accounts, plus helpers to log in and call the API as a given user.
 */
import { vi } from "vitest";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { createDeps } from "../src/bootstrap.js";
import type { MailConfig } from "../src/config.js";
import type { PictureRulesConfig } from "../src/config-picture-rules.js";
import type { TrustProxy } from "../src/config-security.js";
import { buildApp } from "../src/server/app.js";
import type { ServiceDeps } from "../src/services/deps.js";
import { seedDemo } from "../src/services/demo/seed-demo.js";
import { DEMO_PASSWORD } from "../src/services/demo/demo-organisations.js";
import type { DatabaseTarget } from "../src/db/database.js";
import type { Role } from "../src/domain/roles.js";
import { createTestDatabase, type TestDbKind } from "./test-db.js";
import { contractValidator } from "./support/contract-validator.js";

export const TEST_KEYS = [{ id: "t1", secret: "test-secret-key-that-is-long-enough-0001" }];

export interface TestApp {
  app: FastifyInstance;
  deps: ServiceDeps;
  /** Moves the injected clock. */
  clock: { now: Date; advance(ms: number): void };
  /** The database this app runs on (a second instance can share it). */
  target: DatabaseTarget;
  close(): Promise<void>;
}

/** Builds an app on a fresh database; `seed` seeds the demo world (default true). */
export async function createTestApp(
  kind: TestDbKind,
  options: {
    seed?: boolean;
    now?: Date;
    pictureRules?: PictureRulesConfig;
    /** INZICHT_SESSION_IDLE_MINUTES for this app (default 30). */
    idleMinutes?: number;
    /** INZICHT_TRUST_PROXY for this app (default: trust no forwarded header). */
    trustProxy?: TrustProxy;
    /** INZICHT_METRICS_TOKEN for this app (default: none, GET /metrics answers 404). */
    metricsToken?: string;
    /** Mail settings (default: no SMTP, mails stay in the outbox). */
    mail?: MailConfig;
    /** Demo mode (default true: the demo world, GET /api/dev/outbox). */
    demo?: boolean;
    /** INZICHT_PUBLIC_URL for this app (default: none). */
    publicUrl?: string | null;
    /** INZICHT_2FA_ROLES for this app (default: as in demo mode, nobody). */
    secondFactorRoles?: Role[];
  } = {},
): Promise<TestApp> {
  const testDb = await createTestDatabase(kind);
  const clock = {
    now: options.now ?? new Date(),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const { deps } = await createDeps(
    {
      keys: TEST_KEYS,
      session: { idleMinutes: options.idleMinutes ?? 30, absoluteMinutes: 720 },
      demo: options.demo ?? true,
      version: "test",
      env: "test",
      pictureRules: options.pictureRules ?? {},
      ...(options.mail ? { mail: options.mail } : {}),
      publicUrl: options.publicUrl ?? null,
      ...(options.secondFactorRoles
        ? { secondFactor: { requiredRoles: options.secondFactorRoles, demoExempt: false } }
        : {}),
    },
    testDb.target,
    { clock: () => clock.now },
  );
  // Training records are left empty: training tests seed exactly what they assert on.
  if (options.seed !== false) await seedDemo(deps, { training: false, statistics: false });
  const app = await buildApp({
    deps,
    webDist: null,
    trustProxy: options.trustProxy ?? false,
    metricsToken: options.metricsToken ?? null,
  });
  await validateAgainstContract(app);
  return {
    app,
    deps,
    clock,
    target: testDb.target,
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}

/**
 * A second app instance on the first one's database and clock, as a second server behind a load
 * balancer. Its code is loaded afresh (vi.resetModules), so it has its own copy of every
 * module-level variable — whatever one instance keeps in memory, the other does not see, as
 * with two processes. Only the database is shared. Close it before the first.
 */
export async function createSecondInstance(first: TestApp): Promise<TestApp> {
  vi.resetModules();
  const fresh = {
    ...(await import("../src/bootstrap.js")),
    ...(await import("../src/server/app.js")),
  };
  if (fresh.createDeps === createDeps) throw new Error("the second instance shares the modules");
  const { deps } = await fresh.createDeps(
    {
      keys: TEST_KEYS,
      session: first.deps.config.session,
      demo: true,
      version: "test",
      env: "test",
    },
    first.target,
    { clock: () => first.clock.now },
  );
  const app = await fresh.buildApp({ deps, webDist: null });
  await validateAgainstContract(app);
  return {
    app,
    deps,
    clock: first.clock,
    target: first.target,
    // Closing the app destroys its own connection pool, not the database.
    close: () => app.close(),
  };
}

/**
 * Wraps `app.inject()` so every answer is checked against the app's own published contract
 * (status, media type, body; test/support/contract-validator.ts): a disagreement fails the test
 * that made the request (issue 17). Header `x-test-skip-contract: 1` on a request skips the
 * check, for the few tests that send on purpose what no client may (see their comments).
 */
export async function validateAgainstContract(app: FastifyInstance): Promise<void> {
  await app.ready();
  const validator = contractValidator(app.swagger());
  const inject = app.inject.bind(app) as (
    o: InjectOptions | string,
  ) => Promise<LightMyRequestResponse>;
  const wrapped = async (options: InjectOptions | string): Promise<LightMyRequestResponse> => {
    const res = await inject(options);
    const o = typeof options === "string" ? { url: options, method: "GET" } : options;
    const headers = (o.headers ?? {}) as Record<string, unknown>;
    if (headers["x-test-skip-contract"] === "1") return res;
    const url = typeof o.url === "string" ? o.url : String(o.path ?? "");
    const problems = validator.check({
      method: String(o.method ?? "GET"),
      url,
      status: res.statusCode,
      contentType: res.headers["content-type"] as string | undefined,
      body: res.body,
    });
    if (problems.length > 0)
      throw new Error(
        `the answer disagrees with the contract:\n${problems.slice(0, 10).join("\n")}`,
      );
    return res;
  };
  Object.assign(app, { inject: wrapped });
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  /** Calls the API with this session's cookie and CSRF token. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** Logs in through the real endpoint. */
export async function loginAs(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`login as ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === "inzicht_session");
  if (!setCookie) throw new Error("no session cookie");
  const body = res.json<{ csrfToken: string; user: { id: string } }>();
  const cookie = `inzicht_session=${setCookie.value}`;
  return {
    cookie,
    csrfToken: body.csrfToken,
    userId: body.user.id,
    request: (options) =>
      app.inject({
        ...options,
        headers: { ...(options.headers ?? {}), cookie, "x-csrf-token": body.csrfToken },
      }),
  };
}

export const demoEmail = (role: string): string => `${role}@demo.inzicht.test`;
