/**
 * The API server for the crash-safety test, run as a child process:
 *   node --import tsx test/support/crash-server.ts
 * It reads the database target from INZICHT_CRASH_TARGET (JSON: {"kind":"sqlite","file":…} or
 * {"kind":"postgres","url":…,"schema":…}) and never seeds (the test seeds once before the first
 * start). Loading the code takes seconds, so the test starts the next server ahead of time: it
 * prints "ready" once its modules are loaded and opens the database only when it reads "start"
 * on stdin — after the previous server was killed. Then it listens on a free loopback port and
 * prints "listening <port>". The test kills it with SIGKILL; SIGTERM closes it cleanly.
 */
import { createInterface } from "node:readline";
import { createDeps } from "../../src/bootstrap.js";
import type { DatabaseTarget } from "../../src/db/database.js";
import { buildApp } from "../../src/server/app.js";
import { CRASH_CONFIG } from "./crash-config.js";

const raw = process.env.INZICHT_CRASH_TARGET;
if (!raw) throw new Error("INZICHT_CRASH_TARGET is not set");
const target = JSON.parse(raw) as DatabaseTarget;

const lines = createInterface({ input: process.stdin });
// The driver keeps our stdin open; when it goes away (a test run killed halfway), so do we.
lines.on("close", () => process.exit(0));
process.stdout.write("ready\n");
await new Promise<void>((resolve) => {
  lines.on("line", (line) => {
    if (line.trim() === "start") resolve();
  });
  // Started without a driver (by hand): start at once.
  if (process.stdin.isTTY) resolve();
});

const { deps } = await createDeps(CRASH_CONFIG, target);
const app = await buildApp({ deps, webDist: null });
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
if (address === null || typeof address === "string") throw new Error("no TCP address");
process.stdout.write(`listening ${address.port}\n`);

process.once("SIGTERM", () => {
  void app.close().then(() => process.exit(0));
});
