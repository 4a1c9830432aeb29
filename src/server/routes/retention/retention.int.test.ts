/**
 * Legal holds, the data-subject export, erasure decisions and the deletion log over HTTP
 * (issue 22). Only the privacy officer exports, holds and erases; a system admin reads the
 * deletion log and the terms, and nothing else; every other role gets 403 and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { field } from "../../../db/encrypted-columns.js";
import { ROLES } from "../../../domain/roles.js";
import { referenceOf } from "../../../services/retention/deletion-reference.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

const NOW = new Date("2026-11-29T10:00:00Z");

describe.each(TEST_DATABASES)("retention and data-subject rights over HTTP (%s)", (kind) => {
  let t: TestApp;
  let po: Session;
  let hamid: string;
  const count = async (table: "youths" | "retention_holds" | "deletion_log") =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    po = await loginAs(t.app, demoEmail("privacy_officer"));
    // A demo youth with signals and mentions (the demo's Hamid N. has none yet).
    hamid = (
      await t.deps.db.selectFrom("signal_entities").select("youth_id").executeTakeFirstOrThrow()
    ).youth_id;
  }, 120_000);
  afterAll(() => t.close());

  it.each(ROLES.filter((r) => r !== "privacy_officer"))(
    "a %s cannot export, hold or erase, and changes nothing",
    async (role) => {
      const s = await loginAs(t.app, demoEmail(role));
      const before = [
        await count("youths"),
        await count("retention_holds"),
        await count("deletion_log"),
      ];
      const calls = [
        s.request({ method: "GET", url: `/api/youths/${hamid}/data-export` }),
        s.request({
          method: "POST",
          url: `/api/youths/${hamid}/retention-hold`,
          payload: { reason: "Politieonderzoek" },
        }),
        s.request({
          method: "POST",
          url: `/api/youths/${hamid}/retention-hold/lift`,
          payload: { version: 1 },
        }),
        s.request({
          method: "POST",
          url: `/api/youths/${hamid}/erasure`,
          payload: { reason: "data_subject_request", decidedOn: "2026-11-28" },
        }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.statusCode).toBe(403);
        expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
      }
      const log = await s.request({ method: "GET", url: "/api/retention/deletion-log" });
      const terms = await s.request({ method: "GET", url: "/api/retention" });
      const reads = role === "system_admin" ? 200 : 403;
      expect(log.statusCode).toBe(reads);
      expect(terms.statusCode).toBe(reads);
      if (role === "system_admin") expect(terms.json<{ holds: unknown[] }>().holds).toEqual([]);
      expect([
        await count("youths"),
        await count("retention_holds"),
        await count("deletion_log"),
      ]).toEqual(before);
    },
  );

  it("the privacy officer's export holds the dossier decrypted and the access log, and is logged", async () => {
    const res = await po.request({ method: "GET", url: `/api/youths/${hamid}/data-export` });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      youthId: string;
      tables: Record<string, Record<string, unknown>[]>;
      accessLog: Record<string, unknown>[];
    }>();
    expect(body.youthId).toBe(hamid);
    const row = await t.deps.db
      .selectFrom("youths")
      .select("display_name_enc")
      .where("id", "=", hamid)
      .executeTakeFirstOrThrow();
    const name = t.deps.crypto.decrypt(
      row.display_name_enc,
      field("youths", "display_name_enc", hamid),
    );
    expect(body.tables.youths?.[0]?.display_name).toBe(name);
    expect((body.tables.signal_entities ?? []).length).toBeGreaterThan(0);
    const signals = body.tables.signals ?? [];
    expect(signals.length).toBeGreaterThan(0);
    const stored = await t.deps.db
      .selectFrom("signals")
      .select(["id", "facts_enc"])
      .where("youth_id", "=", hamid)
      .execute();
    for (const s of stored) {
      const exported = signals.find((x) => x.id === s.id);
      expect(exported?.facts).toBe(
        t.deps.crypto.decrypt(s.facts_enc, field("signals", "facts_enc", s.id)),
      );
    }
    expect(res.body).not.toMatch(/"[a-z_]+_enc"/);
    expect(body.accessLog.length).toBeGreaterThan(0);
    const entry = await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "subject.export")
      .executeTakeFirstOrThrow();
    expect(entry.youth_id).toBe(hamid);
    expect(entry.details).not.toContain(name);
  });

  it("a hold blocks erasure until it is lifted; the erasure goes through the deletion path and the log", async () => {
    const bad = await po.request({
      method: "POST",
      url: `/api/youths/${hamid}/retention-hold`,
      payload: { reason: "" },
    });
    expect(bad.statusCode).toBe(400);
    const placed = await po.request({
      method: "POST",
      url: `/api/youths/${hamid}/retention-hold`,
      payload: { reason: "Lopend politieonderzoek" },
    });
    expect(placed.statusCode).toBe(201);
    const twice = await po.request({
      method: "POST",
      url: `/api/youths/${hamid}/retention-hold`,
      payload: { reason: "Nog een keer" },
    });
    expect(twice.statusCode).toBe(409);
    const overview = await po.request({ method: "GET", url: "/api/retention" });
    expect(overview.json<{ holds: { youthId: string }[] }>().holds.map((h) => h.youthId)).toEqual([
      hamid,
    ]);
    const erase = (payload: object) =>
      po.request({ method: "POST", url: `/api/youths/${hamid}/erasure`, payload });
    expect(
      (await erase({ reason: "data_subject_request", decidedOn: "2026-11-28" })).statusCode,
    ).toBe(409);
    expect((await erase({ reason: "because", decidedOn: "2026-11-28" })).statusCode).toBe(400);
    expect(
      (await erase({ reason: "data_subject_request", decidedOn: "2026-12-30" })).statusCode,
    ).toBe(400);
    const stale = await po.request({
      method: "POST",
      url: `/api/youths/${hamid}/retention-hold/lift`,
      payload: { version: 7 },
    });
    expect(stale.statusCode).toBe(409);
    const lifted = await po.request({
      method: "POST",
      url: `/api/youths/${hamid}/retention-hold/lift`,
      payload: { version: 1 },
    });
    expect(lifted.statusCode).toBe(204);

    const done = await erase({ reason: "data_subject_request", decidedOn: "2026-11-28" });
    expect(done.statusCode).toBe(200);
    expect(done.json<{ reference: string }>().reference).toBe(referenceOf(t.deps, [hamid]));
    expect(
      await t.deps.db.selectFrom("youths").select("id").where("id", "=", hamid).execute(),
    ).toEqual([]);
    expect(
      await t.deps.db.selectFrom("signals").select("id").where("youth_id", "=", hamid).execute(),
    ).toEqual([]);
    const log = await po.request({ method: "GET", url: "/api/retention/deletion-log" });
    expect(log.statusCode).toBe(200);
    const items = log.json<{ items: { rule: string; recordType: string; reference: string }[] }>()
      .items;
    expect(items[0]).toMatchObject({
      recordType: "dossier",
      rule: "erasure.data_subject_request",
      reference: referenceOf(t.deps, [hamid]),
    });
    expect(log.body).not.toContain(hamid);
    expect(
      (await po.request({ method: "GET", url: `/api/youths/${hamid}/data-export` })).statusCode,
    ).toBe(404);
    const audit = await t.deps.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("youth_id", "=", hamid)
      .where("action", "in", ["retention.hold", "retention.hold_lift", "subject.erase"])
      .orderBy("seq")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "retention.hold",
      "retention.hold_lift",
      "subject.erase",
    ]);
  });
});
