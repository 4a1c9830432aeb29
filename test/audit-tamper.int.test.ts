/**
 * The access log resists someone with write access to the database (issue 14, ADR 0008):
 * verify-audit finds the last 50 entries deleted, a row changed with the plain SHA-256
 * recomputed for every later row, a row's content changed, a forged checkpoint, and a changed
 * legacy (pre-ADR) entry. Each case runs on its own fresh database.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { legacyHash, GENESIS, type AuditChainContent } from "../src/db/audit-chain.js";
import { field } from "../src/db/encrypted-columns.js";
import { FieldCrypto } from "../src/db/field-crypto.js";
import { appendAudit } from "../src/db/repositories/audit.repository.js";
import { plainAuditReason } from "../src/db/repositories/audit-query.repository.js";
import {
  verifyAuditChain,
  writeAuditCheckpoint,
} from "../src/db/repositories/audit-verify.repository.js";
import type { Database } from "../src/db/schema.js";
import { buildYouth, orgId, registerYouthAs } from "./factories.js";
import { createTestApp, demoEmail, loginAs, TEST_KEYS, type TestApp } from "./test-app.js";
import { TEST_DATABASES } from "./test-db.js";

type Row = Database["audit_log"] & { seq: number };

const cryptoOf = new FieldCrypto(TEST_KEYS);
const contentOf = (r: Row): AuditChainContent => ({
  id: r.id,
  at: r.at,
  actor_id: r.actor_id,
  actor_role: r.actor_role,
  actor_org_id: r.actor_org_id,
  action: r.action,
  outcome: r.outcome,
  youth_id: r.youth_id,
  record_type: r.record_type,
  record_ids: r.record_ids,
  ip: r.ip,
  client: r.client,
  reason: plainAuditReason(cryptoOf, r),
  details: r.details,
  prev_hash: r.prev_hash,
});

describe.each(TEST_DATABASES)("verify-audit against tampering (%s)", (kind) => {
  let t: TestApp | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A seeded app with some reads in the log, and a checkpoint written after them. */
  async function world(): Promise<{ t: TestApp; file: string }> {
    t = await createTestApp(kind);
    dir = mkdtempSync(path.join(tmpdir(), "inzicht-audit-"));
    const s = await loginAs(t.app, demoEmail("mentor"));
    const list = await s.request({ method: "GET", url: "/api/youths?limit=50" });
    for (const y of list.json<{ items: { id: string }[] }>().items.slice(0, 5)) {
      await s.request({ method: "GET", url: `/api/youths/${y.id}` });
    }
    const file = path.join(dir, "checkpoints.log");
    await writeAuditCheckpoint(t.deps.db, file, t.clock.now);
    const before = await verifyAuditChain(t.deps.db, { checkpointFile: file });
    expect(before, JSON.stringify(before)).toMatchObject({ ok: true });
    expect(before.checked).toBeGreaterThan(60);
    expect(before.checkpoint?.entries).toBe(before.checked);
    return { t, file };
  }

  const rows = (app: TestApp) =>
    app.deps.db.selectFrom("audit_log").selectAll().orderBy("seq").execute() as Promise<Row[]>;

  it("deleting the last 50 entries is found through the signed checkpoint", async () => {
    const { t, file } = await world();
    const all = await rows(t);
    const last50 = all.slice(-50).map((r) => r.seq);
    await t.deps.db.deleteFrom("audit_log").where("seq", "in", last50).execute();
    // The chain that is left is intact in itself: only the checkpoint can tell.
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
    const result = await verifyAuditChain(t.deps.db, { checkpointFile: file });
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/removed|missing/);
  });

  it("a changed row with the plain SHA-256 recomputed for every later row is found", async () => {
    const { t, file } = await world();
    const all = await rows(t);
    const victim = all.find((r) => r.action === "youth.read");
    if (!victim) throw new Error("no youth.read entry");
    await t.deps.db
      .updateTable("audit_log")
      .set({ actor_id: randomUUID() })
      .where("seq", "=", victim.seq)
      .execute();
    // The attacker's script: re-link every chain from the victim on with plain SHA-256 (they
    // have the database, not the key).
    const changed = await rows(t);
    const byChain = new Map<number | null, Row[]>();
    for (const r of changed) byChain.set(r.chain, [...(byChain.get(r.chain) ?? []), r]);
    for (const chainRows of byChain.values()) {
      chainRows.sort((a, b) => (a.chain_pos ?? a.seq) - (b.chain_pos ?? b.seq));
      let prev: string | null = null;
      for (const r of chainRows) {
        if (prev !== null && r.seq >= victim.seq) {
          const hash = legacyHash({ ...contentOf(r), prev_hash: prev });
          await t.deps.db
            .updateTable("audit_log")
            .set({ prev_hash: prev, hash })
            .where("seq", "=", r.seq)
            .execute();
          prev = hash;
        } else if (r.seq === victim.seq) {
          const hash = legacyHash(contentOf(r));
          await t.deps.db.updateTable("audit_log").set({ hash }).where("seq", "=", r.seq).execute();
          prev = hash;
        } else {
          prev = r.hash;
        }
      }
    }
    for (const f of [null, file]) {
      const result = await verifyAuditChain(t.deps.db, { checkpointFile: f });
      expect(result.ok).toBe(false);
      // The first rewritten row of the first chain walked (on PostgreSQL several chains).
      expect(result.firstBrokenSeq).toBeGreaterThanOrEqual(victim.seq);
      expect(result.problem).toMatch(/MAC/);
    }
  });

  it("a row whose content was changed is found at that row", async () => {
    const { t } = await world();
    const all = await rows(t);
    const victim = all[Math.floor(all.length / 2)];
    if (!victim) throw new Error("empty log");
    await t.deps.db
      .updateTable("audit_log")
      .set({ outcome: victim.outcome === "ok" ? "denied" : "ok" })
      .where("seq", "=", victim.seq)
      .execute();
    const result = await verifyAuditChain(t.deps.db);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenSeq).toBe(victim.seq);
  });

  it("a checkpoint line edited to match a shortened log is not accepted", async () => {
    const { t, file } = await world();
    const line = readFileSync(file, "utf8").trim();
    const forged = JSON.parse(line) as { chains: Record<string, { count: number }> };
    for (const c of Object.values(forged.chains)) c.count = 1;
    writeFileSync(file, `${line}\n${JSON.stringify(forged)}\n`);
    const result = await verifyAuditChain(t.deps.db, { checkpointFile: file });
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/not validly signed/);
  });

  it("an emergency reason is stored encrypted, shown to the privacy officer, and signed", async () => {
    const { t } = await world();
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const id = await registerYouthAs(mentor, buildYouth(await orgId(t.app, mentor, "COA Zutphen")));
    const coordinator = await loginAs(t.app, demoEmail("care_coordinator"));
    const reason = `Politie meldt acute dreiging ${randomUUID()}`;
    const glass = await coordinator.request({
      method: "POST",
      url: `/api/youths/${id}/emergency-access`,
      payload: { reason },
    });
    expect(glass.statusCode).toBe(201);
    const stored = await t.deps.db
      .selectFrom("audit_log")
      .select(["reason_enc", "seq", "id"])
      .where("action", "=", "access.emergency")
      .where("youth_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored.reason_enc).not.toBeNull();
    expect(stored.reason_enc).not.toContain("Politie");
    const binding = field("audit_log", "reason_enc", stored.id);
    expect(t.deps.crypto.decrypt(stored.reason_enc ?? "", binding)).toBe(reason);
    const po = await loginAs(t.app, demoEmail("privacy_officer"));
    const log = await po.request({ method: "GET", url: `/api/audit?youthId=${id}&limit=50` });
    expect(log.statusCode).toBe(200);
    const reasons = log.json<{ items: { reason: string | null }[] }>().items.map((i) => i.reason);
    expect(reasons).toContain(reason);
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
    // Swapping in another row's ciphertext is a content change the MAC catches.
    await t.deps.db
      .updateTable("audit_log")
      .set({ reason_enc: t.deps.crypto.encrypt("Iets anders", binding) })
      .where("seq", "=", stored.seq)
      .execute();
    expect(await verifyAuditChain(t.deps.db)).toMatchObject({
      ok: false,
      firstBrokenSeq: stored.seq,
    });
  });
});

describe.each(TEST_DATABASES)("entries from before the keyed chain (%s)", (kind) => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  /** Writes `n` rows the way the old code did: chain null, plain SHA-256 from the genesis. */
  async function legacyRows(app: TestApp, n: number): Promise<void> {
    let prev = GENESIS;
    for (let i = 0; i < n; i++) {
      const content: AuditChainContent = {
        id: randomUUID(),
        at: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
        actor_id: null,
        actor_role: "system",
        actor_org_id: null,
        action: "youth.read",
        outcome: "ok",
        youth_id: null,
        record_type: null,
        record_ids: "[]",
        ip: null,
        client: "old-version",
        reason: i === 3 ? "plain reason from the old design" : null,
        details: "{}",
        prev_hash: prev,
      };
      const hash = legacyHash(content);
      const { reason, ...columns } = content;
      await app.deps.db
        .insertInto("audit_log")
        .values({ ...columns, reason_enc: reason, hash })
        .execute();
      prev = hash;
    }
  }

  it("still verify, and the keyed chain starting on their head pins them", async () => {
    t = await createTestApp(kind, { seed: false });
    // A log as the old version left it: only legacy rows (start-up wrote one keyed entry).
    await t.deps.db.deleteFrom("audit_log").execute();
    await legacyRows(t, 20);
    const oldOnly = await verifyAuditChain(t.deps.db);
    expect(oldOnly).toMatchObject({ ok: true, legacy: 20, chains: 0 });
    // New entries are keyed and start on the legacy head.
    await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "nobody@example.org", password: "whatever-1" },
    });
    const mixed = await verifyAuditChain(t.deps.db);
    expect(mixed).toMatchObject({ ok: true, legacy: 20, chains: 1, checked: 21 });

    // Rewrite a legacy entry and recompute the whole legacy SHA-256 chain: the keyed entry's
    // signed previous hash no longer matches.
    const legacy = (await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("chain", "is", null)
      .orderBy("seq")
      .execute()) as Row[];
    let prev = GENESIS;
    for (const r of legacy) {
      const content = { ...contentOf(r), prev_hash: prev, client: "rewritten" };
      const hash = legacyHash(content);
      await t.deps.db
        .updateTable("audit_log")
        .set({ client: "rewritten", prev_hash: prev, hash })
        .where("seq", "=", r.seq)
        .execute();
      prev = hash;
    }
    const result = await verifyAuditChain(t.deps.db);
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/previous hash/);
    expect(result.legacy).toBe(20);
  });
});

describe.skipIf(!TEST_DATABASES.includes("postgres"))(
  "access-log writes on PostgreSQL do not queue on one lock",
  () => {
    let t: TestApp | undefined;
    afterEach(() => t?.close());

    it("a second transaction appends while the first still holds its chain, and both chains verify", async () => {
      t = await createTestApp("postgres", { seed: false });
      const app = t;
      const ctx = {
        actorId: null,
        actorRole: "system",
        actorOrgId: null,
        ip: null,
        client: "test",
        now: app.clock.now,
      };
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstAppended: () => void = () => undefined;
      const appended = new Promise<void>((resolve) => {
        firstAppended = resolve;
      });
      const first = app.deps.db.transaction().execute(async (trx) => {
        await appendAudit(trx, ctx, { action: "youth.read" });
        firstAppended();
        await gate; // keeps its chain lock until the second one is done
      });
      await appended;
      // With one global lock this second append waits for the first commit, which waits for
      // the second: the race then ends with "blocked".
      const second = app.deps.db.transaction().execute(async (trx) => {
        await appendAudit(trx, ctx, { action: "youth.read" });
        return "appended" as const;
      });
      const outcome = await Promise.race([
        second,
        new Promise<"blocked">((resolve) => setTimeout(() => resolve("blocked"), 10_000)),
      ]);
      release();
      await first;
      await second;
      expect(outcome).toBe("appended");
      const chains = await app.deps.db
        .selectFrom("audit_log")
        .select(["chain", "chain_pos"])
        .where("client", "=", "test")
        .execute();
      expect(chains).toHaveLength(2);
      expect(new Set(chains.map((c) => c.chain)).size).toBe(2);
      expect(await verifyAuditChain(app.deps.db)).toMatchObject({ ok: true });
    });
  },
);
