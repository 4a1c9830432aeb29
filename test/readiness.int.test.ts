import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { createDeps } from "../src/bootstrap.js";
import { migrateToLatest, type DatabaseTarget } from "../src/db/database.js";
import { buildApp } from "../src/server/app.js";
import { TEST_KEYS } from "./test-app.js";
import { createTestDatabase, TEST_DATABASES } from "./test-db.js";

/**
 * Readiness and graceful shutdown (ADR 0019). The real `inzicht serve` runs as a child process
 * on a fresh database: /api/ready is 200 once it listens; on SIGTERM it turns 503 at once while
 * /api/health stays 200, then the listener closes (new connections are refused), a request that
 * was in flight still gets its answer, and the process exits 0.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DRAIN_SECONDS = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function databaseUrl(target: DatabaseTarget): string | undefined {
  if (target.kind === "sqlite") return undefined;
  const url = new URL(target.url);
  if (target.schema) url.searchParams.set("options", `-c search_path=${target.schema}`);
  return url.toString();
}

interface Served {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  output: () => string;
}

async function serve(target: DatabaseTarget, dataDir: string): Promise<Served> {
  const url = databaseUrl(target);
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "serve"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: "0",
      HOST: "127.0.0.1",
      INZICHT_DEMO: "false",
      INZICHT_DATA_DIR: dataDir,
      INZICHT_SECRET_KEY: TEST_KEYS.map((k) => `${k.id}:${k.secret}`).join(","),
      INZICHT_AUDIT_CHECKPOINT_FILE: "off",
      INZICHT_SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS),
      LOG_LEVEL: "info",
      DATABASE_URL: url ?? "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const port = await new Promise<number>((resolve, reject) => {
    if (!child.stdout) return reject(new Error("no stdout"));
    createInterface({ input: child.stdout }).on("line", (line) => {
      out += `${line}\n`;
      const m = /runs on http:\/\/[^:]+:(\d+)/.exec(line);
      if (m?.[1]) resolve(Number(m[1]));
    });
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening: ${out}`)),
    );
  });
  return { child, port, exited, output: () => out };
}

async function get(port: number, url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    headers: { connection: "close" },
    signal: AbortSignal.timeout(5000),
  });
  return { status: res.status, body: await res.text() };
}

/** Whether a fresh TCP connection to the port is refused (the listener is closed). */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

describe.each(TEST_DATABASES)("readiness and graceful shutdown (%s)", (kind) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it("/api/ready answers 503 while migrations are pending and 200 once they are applied", async () => {
    const testDb = await createTestDatabase(kind);
    cleanup.push(() => testDb.drop());
    const config = { keys: TEST_KEYS, session: { idleMinutes: 30, absoluteMinutes: 720 } };
    const { deps, handle } = await createDeps(
      { ...config, demo: false, version: "test", env: "test" },
      testDb.target,
      { migrate: false },
    );
    const app = await buildApp({ deps, webDist: null });
    cleanup.push(() => app.close());
    const before = await app.inject({ method: "GET", url: "/api/ready" });
    expect(before.statusCode).toBe(503);
    expect(before.headers["content-type"]).toContain("application/problem+json");
    expect(before.json()).toMatchObject({ code: "UNAVAILABLE", status: 503 });
    expect(before.json<{ detail: string }>().detail).toMatch(/migration/);
    await migrateToLatest(handle.db);
    const after = await app.inject({ method: "GET", url: "/api/ready" });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ status: "ready" });
  });

  it(
    "on SIGTERM the real server turns not-ready, stops accepting, finishes the request in flight and exits 0",
    { timeout: 120_000 },
    async () => {
      const testDb = await createTestDatabase(kind);
      cleanup.push(() => testDb.drop());
      const dataDir = mkdtempSync(path.join(tmpdir(), "inzicht-ready-"));
      cleanup.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      const s = await serve(testDb.target, dataDir);
      cleanup.push(async () => {
        if (s.child.exitCode === null) s.child.kill("SIGKILL");
      });

      expect(await get(s.port, "/api/ready")).toEqual({
        status: 200,
        body: JSON.stringify({ status: "ready" }),
      });

      // A login whose body is only half sent: in flight when the signal comes.
      const body = JSON.stringify({ email: "nobody@example.test", password: "not-the-password" });
      const socket: Socket = connect({ host: "127.0.0.1", port: s.port });
      await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
      let answer = "";
      socket.on("data", (d: Buffer) => (answer += d.toString()));
      socket.write(
        `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
      );
      await sleep(200);

      s.child.kill("SIGTERM");
      const draining = Date.now();
      await sleep(100);
      const ready = await get(s.port, "/api/ready");
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toMatchObject({ code: "UNAVAILABLE" });
      // Liveness is not readiness: the process is healthy while it drains.
      expect((await get(s.port, "/api/health")).status).toBe(200);
      expect(Date.now() - draining).toBeLessThan(DRAIN_SECONDS * 1000);

      // After the drain time the listener closes: new connections are refused…
      const until = Date.now() + 20_000;
      while (!(await refused(s.port))) {
        if (Date.now() > until) throw new Error(`the listener never closed: ${s.output()}`);
        await sleep(50);
      }
      expect(s.child.exitCode).toBeNull();
      // …while the request in flight is still served to the end.
      socket.write(body.slice(10));
      const answered = Date.now() + 10_000;
      while (!answer.includes("\r\n\r\n") && Date.now() < answered) await sleep(20);
      expect(answer).toMatch(/^HTTP\/1\.1 401 /);
      expect(answer).toContain("application/problem+json");
      socket.destroy();

      expect(await s.exited).toBe(0);
      expect(s.output()).toContain("shut down cleanly");
    },
  );
});
