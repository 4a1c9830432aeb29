/**
 * The daily retention job (issue 22) on a fixed clock: a dossier closed long enough ago goes with
 * its signals, mentions (blind indexes) and notifications; a dossier on hold stays; the deletion
 * log has the entry; the statistics are unchanged; the access log still verifies after its
 * expired prefix is pruned, and fails on tampering.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { verifyAuditChain } from "../../db/repositories/audit-verify.repository.js";
import { DOSSIER_TABLES, KEPT_WITH_YOUTH_ID } from "../../db/repositories/retention.repository.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../test/test-app.js";
import { TEST_DATABASES } from "../../../test/test-db.js";
import { computeStatistics } from "../statistics/compute-statistics.js";
import { auditContext } from "../context.js";
import { systemContext } from "../system-context.js";
import { referenceOf } from "./deletion-reference.js";
import { runRetention } from "./run-retention.js";

const NOW = new Date("2026-12-01T10:00:00Z");
const YEAR = 365 * 86_400_000;

describe.each(TEST_DATABASES)("the retention job (%s)", (kind) => {
  let t: TestApp;
  let gone: string;
  let held: string;

  /** Closes a dossier as of `closedAt`, with every traject, episode and report closed too. */
  async function closeDossier(youthId: string, closedAt: string) {
    const db = t.deps.db;
    await db
      .updateTable("youths")
      .set({ status: "closed", closed_at: closedAt })
      .where("id", "=", youthId)
      .execute();
    await db
      .updateTable("trajects")
      .set({ status: "closed", closed_at: closedAt })
      .where("youth_id", "=", youthId)
      .where("closed_at", "is", null)
      .execute();
    await db
      .updateTable("missing_episodes")
      .set({ ended_at: closedAt })
      .where("youth_id", "=", youthId)
      .where("ended_at", "is", null)
      .execute();
    await db
      .updateTable("reports")
      .set({ sent_at: closedAt })
      .where("youth_id", "=", youthId)
      .where("sent_at", "is", null)
      .execute();
  }

  const countFor = async (table: (typeof DOSSIER_TABLES)[number], youthId: string) =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("youth_id", "=", youthId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    const withMentions = await t.deps.db
      .selectFrom("signal_entities")
      .select("youth_id")
      .distinct()
      .execute();
    const withSignals = await t.deps.db
      .selectFrom("signals")
      .select("youth_id")
      .distinct()
      .execute();
    gone = withMentions[0]?.youth_id ?? "";
    held = withSignals.map((r) => r.youth_id).find((id) => id !== gone) ?? "";
    expect(gone).not.toBe("");
    expect(held).not.toBe("");
    const closedAt = new Date(NOW.getTime() - 6 * YEAR).toISOString();
    await closeDossier(gone, closedAt);
    await closeDossier(held, closedAt);
    const po = await loginAs(t.app, demoEmail("privacy_officer"));
    const res = await po.request({
      method: "POST",
      url: `/api/youths/${held}/retention-hold`,
      payload: { reason: "Lopend politieonderzoek" },
    });
    expect(res.statusCode).toBe(201);
    await computeStatistics(t.deps);
  }, 180_000);
  afterAll(() => t.close());

  it("every table with a youth_id column is in the dossier list (or kept on purpose)", async () => {
    const tables = await t.deps.db.introspection.getTables();
    const withYouthId = tables
      .filter((tb) => tb.columns.some((c) => c.name === "youth_id"))
      .map((tb) => tb.name)
      .filter((n) => !n.startsWith("kysely_"))
      .sort();
    expect(withYouthId).toEqual(
      [...DOSSIER_TABLES, ...KEPT_WITH_YOUTH_ID].sort((a, b) => a.localeCompare(b)),
    );
  });

  it("removes the expired dossier with everything in it, keeps the one on hold, logs it and leaves the statistics alone", async () => {
    const vIdx = (
      await t.deps.db
        .selectFrom("youths")
        .select("v_number_idx")
        .where("id", "=", gone)
        .executeTakeFirstOrThrow()
    ).v_number_idx;
    expect(await countFor("signals", gone)).toBeGreaterThan(0);
    expect(await countFor("signal_entities", gone)).toBeGreaterThan(0);
    await t.deps.db
      .insertInto("notifications")
      .values({
        id: crypto.randomUUID(),
        user_id: (await t.deps.db.selectFrom("users").select("id").executeTakeFirstOrThrow()).id,
        youth_id: gone,
        kind: "level_rose",
        level: 2,
        created_at: NOW.toISOString(),
        read_at: null,
      })
      .execute();
    const cellsBefore = await t.deps.db
      .selectFrom("statistics_cells")
      .selectAll()
      .orderBy("figure")
      .orderBy("location")
      .orderBy("org_type")
      .orderBy("period")
      .orderBy("breakdown")
      .execute();
    expect(cellsBefore.length).toBeGreaterThan(0);

    const summary = await runRetention(t.deps, { batch: 7 });

    expect(summary.removed.dossier).toBe(1);
    expect(summary.keptDossiers).toBe(1);
    expect(
      await t.deps.db.selectFrom("youths").select("id").where("id", "=", gone).execute(),
    ).toEqual([]);
    for (const table of DOSSIER_TABLES) expect(await countFor(table, gone), table).toBe(0);
    if (vIdx)
      expect(
        await t.deps.db
          .selectFrom("youths")
          .select("id")
          .where("v_number_idx", "=", vIdx)
          .execute(),
      ).toEqual([]);
    expect(await countFor("signals", held)).toBeGreaterThan(0);

    const log = await t.deps.db
      .selectFrom("deletion_log")
      .selectAll()
      .where("record_type", "=", "dossier")
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      rule: "dossier.after-closing",
      reference: referenceOf(t.deps, [gone]),
    });
    expect(log[0]?.rows).toBeGreaterThan(3);
    expect(JSON.stringify(log)).not.toContain(gone);

    const cellsAfter = await t.deps.db
      .selectFrom("statistics_cells")
      .selectAll()
      .orderBy("figure")
      .orderBy("location")
      .orderBy("org_type")
      .orderBy("period")
      .orderBy("breakdown")
      .execute();
    expect(cellsAfter).toEqual(cellsBefore);
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
  });

  it("a second run on the same day removes nothing more", async () => {
    const summary = await runRetention(t.deps);
    expect(Object.values(summary.removed).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it("prunes the access log's expired prefix and verify-audit still passes, then fails on tampering", async () => {
    const before = await verifyAuditChain(t.deps.db);
    expect(before.ok).toBe(true);
    t.clock.advance(6 * YEAR);
    const summary = await runRetention(t.deps, { batch: 50 });
    expect(summary.removed.access_log).toBeGreaterThan(0);
    const anchors = await t.deps.db.selectFrom("audit_anchors").selectAll().execute();
    expect(anchors.length).toBeGreaterThan(0);
    const after = await verifyAuditChain(t.deps.db);
    expect(after).toMatchObject({ ok: true });
    // New entries continue the pruned chains.
    await appendAuditNow(t.deps.db, auditContext(systemContext(t.clock.now)), {
      action: "retention.run",
      details: { rows: 0 },
    });
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);

    const first = await t.deps.db
      .selectFrom("audit_log")
      .select(["seq", "details", "chain"])
      .where("chain", "is not", null)
      .orderBy("seq")
      .executeTakeFirstOrThrow();
    // 1. An entry changed.
    await t.deps.db
      .updateTable("audit_log")
      .set({ details: '{"rows":999}' })
      .where("seq", "=", first.seq)
      .execute();
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(false);
    await t.deps.db
      .updateTable("audit_log")
      .set({ details: first.details })
      .where("seq", "=", first.seq)
      .execute();
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
    // 2. A forged anchor (moved one position on): the newest anchor of the first entry's chain,
    //    the one verify starts that chain at (a batched run can anchor a chain more than once,
    //    and PostgreSQL returns the anchors in no fixed order).
    const anchor = anchors
      .filter((a) => a.chain === first.chain)
      .sort((a, b) => b.chain_pos - a.chain_pos)[0];
    if (!anchor) throw new Error("no anchor");
    await t.deps.db
      .updateTable("audit_anchors")
      .set({ chain_pos: anchor.chain_pos + 1 })
      .where("id", "=", anchor.id)
      .execute();
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(false);
    // 3. The chain's anchors removed: the chain has a gap at its start.
    await t.deps.db.deleteFrom("audit_anchors").where("chain", "=", anchor.chain).execute();
    const without = await verifyAuditChain(t.deps.db);
    expect(without.ok).toBe(false);
    expect(without.problem).toMatch(/gap|previous hash/);
  });
});
