/**
 * Starts and kills the crash-safety test's server (test/support/crash-server.ts) as a child
 * process. A server is spawned ahead of time and waits, with its code loaded, until `start()`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseTarget } from "../../src/db/database.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRY = path.join(ROOT, "test/support/crash-server.ts");

export interface CrashServer {
  pid: number;
  /** Resolves when the child has loaded its code. */
  loaded: Promise<void>;
  /** Opens the database, listens, and resolves with the port. */
  start(): Promise<number>;
  /** SIGKILL; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (clean close); resolves when the process is gone. */
  stop(): Promise<void>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A standby that is never started must not raise an unhandled rejection when it is killed.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export function spawnCrashServer(target: DatabaseTarget): CrashServer {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", ENTRY], {
    cwd: ROOT,
    env: { ...process.env, INZICHT_CRASH_TARGET: JSON.stringify(target) },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not spawn the crash server");
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const loaded = deferred<void>();
  const port = deferred<number>();
  if (!child.stdout) throw new Error("no stdout");
  createInterface({ input: child.stdout }).on("line", (line) => {
    if (line === "ready") loaded.resolve();
    const m = /^listening (\d+)$/.exec(line);
    if (m?.[1]) port.resolve(Number(m[1]));
  });
  void exited.then(() => {
    // After "listening" these are no-ops; before, whoever waits learns why the child died.
    const error = new Error(`crash server ${pid} exited before listening: ${stderr}`);
    loaded.reject(error);
    port.reject(error);
  });
  return {
    pid,
    loaded: loaded.promise,
    async start() {
      await loaded.promise;
      child.stdin?.write("start\n");
      return port.promise;
    },
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
