/**
 * The `inzicht` command: serve, migrate, seed-demo, create-user, verify-audit, rotate-keys,
 * recompute-pictures.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadConfig, type Config } from "./config.js";
import { ConfigError } from "./config-error.js";
import { auditKeyring, createDeps, targetOf } from "./bootstrap.js";
import { migrateToLatest, openDatabase } from "./db/database.js";
import {
  verifyAuditChain,
  writeAuditCheckpoint,
} from "./db/repositories/audit-verify.repository.js";
import { FieldCrypto } from "./db/field-crypto.js";
import { startAuditCheckpoints } from "./services/audit/audit-checkpoints.js";
import { buildApp } from "./server/app.js";
import { Readiness } from "./server/readiness.js";
import { seedDemo } from "./services/demo/seed-demo.js";
import { DEMO_PASSWORD } from "./services/demo/demo-organisations.js";
import { createUser } from "./services/users/create-user.js";
import { systemContext } from "./services/system-context.js";
import { extraCommands } from "./cli-extra.js";
import { JOBS } from "./services/jobs/registry.js";
import { upgradeFieldEncryption } from "./services/keys/upgrade-field-encryption.js";
import { startMailDelivery } from "./services/mail/deliver-outbox.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const rootDir = readFileSafe(path.join(root, "package.json")) ? root : path.resolve(root, "..");

function readFileSafe(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function version(): string {
  const pkg = readFileSafe(path.join(rootDir, "package.json"));
  return pkg ? ((JSON.parse(pkg) as { version?: string }).version ?? "0.0.0") : "0.0.0";
}

async function serve(config: Config): Promise<void> {
  const started = Date.now();
  const { deps } = await createDeps(config, targetOf(config));
  if (config.demo) await seedDemo(deps);
  const readiness = new Readiness();
  const app = await buildApp({
    deps,
    webDist: path.join(rootDir, "web", "dist"),
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    readiness,
    metricsToken: config.metricsToken,
  });
  const checkpoints = config.audit.checkpointFile
    ? startAuditCheckpoints(deps, {
        file: config.audit.checkpointFile,
        seconds: config.audit.checkpointSeconds,
        log: app.log,
      })
    : null;
  // Graceful shutdown (ADR 0019): on SIGTERM /api/ready answers 503 at once, so the proxy stops
  // sending new requests; after the drain time close() stops accepting, waits for the requests
  // in flight and closes the database (onClose); a last access-log checkpoint goes first (the
  // next start's first checkpoint covers the rest). A second signal, or a close that hangs for
  // 30 s, ends the process at once.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      app.log.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    readiness.startDraining();
    app.log.info({ signal, drainSeconds: config.drainSeconds }, "draining, then shutting down");
    setTimeout(() => {
      const force = setTimeout(() => {
        app.log.error("shutdown took longer than 30 s: exiting");
        process.exit(1);
      }, 30_000);
      force.unref();
      void (checkpoints ? checkpoints.stop() : Promise.resolve())
        .then(() => app.close())
        .then(
          () => {
            app.log.info("shut down cleanly");
            process.exit(0);
          },
          () => process.exit(1),
        );
    }, config.drainSeconds * 1000);
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  await app.listen({ port: config.port, host: config.host });
  // Timers (picture refresh, review reminders, …) run as jobs, once across all instances.
  // (Not under NODE_ENV=test, as before: the browser tests' demo data stays as seeded.)
  if (config.env !== "test") await deps.jobs.start(deps, JOBS, app.log);
  // The mail outbox (issue 19): polled every 5 s by every instance, so a password-reset mail
  // leaves within seconds; each row is claimed before it is sent (claimMail), so it goes out once.
  const mail = startMailDelivery(deps, { seconds: 5, log: app.log });
  app.server.once("close", () => mail.stop());
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host;
  console.log(
    `\nInZicht ${config.version} runs on http://${host}:${port}  (database: ${deps.dbKind}, ready in ${Date.now() - started} ms)`,
  );
  if (!config.mail.smtpUrl)
    console.log(
      "No INZICHT_SMTP_URL: mails wait in the outbox" +
        (config.demo ? ` (read them at http://${host}:${port}/api/dev/outbox)` : ""),
    );
  if (config.demo) {
    console.log(`DEMO mode — demo accounts, password "${DEMO_PASSWORD}":`);
    console.log(
      "  mentor@demo.inzicht.test, guardian@…, care_coordinator@…, school@…, team_lead@…,",
    );
    console.log(
      "  privacy_officer@…, trainer@…, researcher@…, org_admin@…, system_admin@… (all @demo.inzicht.test)",
    );
  }
}

async function main(argv: string[]): Promise<void> {
  const [command = "serve", ...rest] = argv;
  const config = loadConfig(process.env, version());
  switch (command) {
    case "serve":
      return serve(config);
    case "migrate": {
      const { deps, handle } = await createDeps(config, targetOf(config), { migrate: false });
      const applied = await migrateToLatest(handle.db);
      console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
      const upgraded = await upgradeFieldEncryption(deps);
      if (upgraded > 0) console.log(`encryption upgrade: ${upgraded} rows re-encrypted`);
      return handle.close();
    }
    case "seed-demo": {
      const { deps, handle } = await createDeps(config, targetOf(config));
      const result = await seedDemo(deps);
      console.log(result.created ? "demo data created" : "demo data already present");
      return handle.close();
    }
    case "create-user": {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: "string" },
          name: { type: "string" },
          role: { type: "string", multiple: true },
          organisation: { type: "string" },
        },
      });
      const password = process.env.INZICHT_NEW_USER_PASSWORD;
      if (!values.email || !values.name || !values.role || !values.organisation || !password) {
        throw new Error(
          "usage: INZICHT_NEW_USER_PASSWORD=… inzicht create-user --email E --name N --role R [--role R2] --organisation ORG_ID",
        );
      }
      const { deps, handle } = await createDeps(config, targetOf(config));
      const id = await createUser(deps, systemContext(new Date()), {
        email: values.email,
        displayName: values.name,
        roles: values.role as never,
        organisationId: values.organisation,
        password,
      });
      console.log(`created user ${id}`);
      return handle.close();
    }
    case "verify-audit": {
      const { values } = parseArgs({
        args: rest,
        options: { checkpoints: { type: "string" } },
      });
      const checkpointFile = values.checkpoints ?? config.audit.checkpointFile;
      const handle = openDatabase(targetOf(config));
      const result = await verifyAuditChain(handle.db, {
        setup: { keys: auditKeyring(config), crypto: new FieldCrypto(config.keys) },
        checkpointFile,
      });
      await handle.close();
      if (result.ok) {
        console.log(
          `audit chain ok: ${result.checked} entries verified (${result.legacy} legacy SHA-256, ${result.chains} keyed chain(s))`,
        );
        if (result.checkpoint) {
          console.log(
            `last checkpoint ${result.checkpoint.at}: all ${result.checkpoint.entries} entries it names are present`,
          );
        } else {
          console.log(
            `no signed checkpoint found (${checkpointFile ?? "checkpoints off"}): entries cut off at the end cannot be ruled out`,
          );
        }
        return;
      }
      console.error(
        `audit chain BROKEN${result.firstBrokenSeq === undefined ? "" : ` at entry seq ${result.firstBrokenSeq}`}: ${result.problem} (${result.checked} entries before it are intact)`,
      );
      process.exitCode = 2;
      return;
    }
    case "audit-checkpoint": {
      if (!config.audit.checkpointFile) throw new Error("INZICHT_AUDIT_CHECKPOINT_FILE is off");
      const { deps, handle } = await createDeps(config, targetOf(config));
      const line = await writeAuditCheckpoint(deps.db, config.audit.checkpointFile, new Date());
      console.log(line);
      return handle.close();
    }
    default: {
      const extra = extraCommands[command];
      if (extra) return extra(config, rest);
      throw new Error(
        `unknown command "${command}". Commands: serve, migrate, seed-demo, create-user, verify-audit, audit-checkpoint, ${Object.keys(extraCommands).join(", ")}`,
      );
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : String(error));
  }
  process.exit(1);
});
