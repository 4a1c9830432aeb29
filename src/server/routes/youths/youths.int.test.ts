import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { field } from "../../../db/encrypted-columns.js";
import { verifyAuditChain } from "../../../db/repositories/audit-verify.repository.js";
import { addToCircle, buildYouth, orgId, registerYouthAs } from "../../../../test/factories.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

const DAY = 86_400_000;

describe.each(TEST_DATABASES)("youth dossier, circle and access log (%s)", (kind) => {
  let t: TestApp;
  let mentor: Session;
  let guardian: Session;
  let otherMentor: Session;
  let zutphen: string;
  let terApel: string;
  let youthId: string;
  const body = () =>
    buildYouth(zutphen, {
      displayName: "Karim Haddad",
      vNumber: "V-5555-1234",
      dateOfBirth: "2010-06-01",
    });

  const auditCount = async (action: string, youth = youthId) =>
    (
      await t.deps.db
        .selectFrom("audit_log")
        .select("id")
        .where("action", "=", action)
        .where("youth_id", "=", youth)
        .execute()
    ).length;

  beforeAll(async () => {
    t = await createTestApp(kind, { now: new Date("2026-11-29T10:00:00Z") });
    mentor = await loginAs(t.app, demoEmail("mentor"));
    guardian = await loginAs(t.app, demoEmail("guardian"));
    otherMentor = await loginAs(t.app, "mentor.terapel@demo.inzicht.test");
    zutphen = await orgId(t.app, mentor, "COA Zutphen");
    terApel = await orgId(t.app, mentor, "COA Ter Apel");
    youthId = await registerYouthAs(mentor, body());
    await addToCircle(mentor, youthId, demoEmail("guardian"), "guardian");
  });
  afterAll(() => t.close());

  it("the mentor who registered and the guardian they added can read the dossier", async () => {
    for (const s of [mentor, guardian]) {
      const res = await s.request({ method: "GET", url: `/api/youths/${youthId}` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        displayName: "Karim Haddad",
        vNumber: "V-5555-1234",
        age: 16,
        full: true,
        version: 1,
      });
    }
  });

  it.each([
    ["2009-03-10", 17, 3],
    ["2010-06-01", 16, 18],
    ["2010-12-10", 15, 24],
    ["2014-01-15", 12, 61],
  ])(
    "the header of a youth born %s (age %i) says they turn 18 in %i months",
    async (dob, age, months) => {
      const id = await registerYouthAs(mentor, buildYouth(zutphen, { dateOfBirth: dob }));
      const res = await mentor.request({ method: "GET", url: `/api/youths/${id}` });
      expect(res.json()).toMatchObject({ age, turns18InMonths: months });
      const list = await mentor.request({
        method: "GET",
        url: `/api/youths?q=${encodeURIComponent(res.json().displayName)}`,
      });
      expect(list.json().items[0]).toMatchObject({ age, turns18InMonths: months });
    },
  );

  it("a mentor of another location gets 404 on every youth route, and the attempt is logged", async () => {
    const before = await auditCount("youth.denied");
    const routes = [
      { method: "GET", url: `/api/youths/${youthId}` },
      { method: "PATCH", url: `/api/youths/${youthId}`, payload: { version: 1, displayName: "x" } },
      { method: "GET", url: `/api/youths/${youthId}/circle` },
      {
        method: "POST",
        url: `/api/youths/${youthId}/circle`,
        payload: { email: demoEmail("school"), relation: "school" },
      },
      {
        method: "POST",
        url: `/api/youths/${youthId}/relocations`,
        payload: {
          toLocationId: terApel,
          version: 1,
          handover: { openConcerns: "a", safetyAgreements: "b", nextSteps: "c" },
        },
      },
    ] as const;
    for (const r of routes) {
      const res = await otherMentor.request(r);
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(404);
      expect(res.json()).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await auditCount("youth.denied")).toBe(before + routes.length);
    const list = await otherMentor.request({ method: "GET", url: "/api/youths" });
    expect(list.json<{ items: { id: string }[] }>().items.map((y) => y.id)).not.toContain(youthId);
  });

  it("a youth that does not exist looks exactly like one out of reach", async () => {
    const missing = await mentor.request({
      method: "GET",
      url: "/api/youths/00000000-0000-4000-8000-000000000000",
    });
    const hidden = await otherMentor.request({ method: "GET", url: `/api/youths/${youthId}` });
    const strip = (b: Record<string, unknown>) => ({
      ...b,
      requestId: undefined,
      instance: undefined,
    });
    expect(missing.statusCode).toBe(hidden.statusCode);
    expect(strip(missing.json())).toEqual(strip(hidden.json()));
  });

  it.each(["researcher", "trainer", "org_admin", "system_admin", "privacy_officer"])(
    "a %s never sees dossier content",
    async (role) => {
      const s = await loginAs(t.app, demoEmail(role));
      expect((await s.request({ method: "GET", url: `/api/youths/${youthId}` })).statusCode).toBe(
        404,
      );
      const list = await s.request({ method: "GET", url: "/api/youths" });
      expect(list.statusCode).toBe(403);
    },
  );

  it("every read writes exactly one access-log entry", async () => {
    const before = await auditCount("youth.read");
    await guardian.request({ method: "GET", url: `/api/youths/${youthId}` });
    expect(await auditCount("youth.read")).toBe(before + 1);
    const circleBefore = await auditCount("circle.read");
    await guardian.request({ method: "GET", url: `/api/youths/${youthId}/circle` });
    expect(await auditCount("circle.read")).toBe(circleBefore + 1);
  });

  it("a stale version gives 409 and changes nothing; the current one wins", async () => {
    const id = await registerYouthAs(mentor, buildYouth(zutphen));
    const ok = await mentor.request({
      method: "PATCH",
      url: `/api/youths/${id}`,
      payload: { version: 1, nationality: "IQ" },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ version: 2 });
    const staleMentor = await mentor.request({
      method: "PATCH",
      url: `/api/youths/${id}`,
      payload: { version: 1, nationality: "AF" },
    });
    expect(staleMentor.statusCode).toBe(409);
    const now = await mentor.request({ method: "GET", url: `/api/youths/${id}` });
    expect(now.json()).toMatchObject({ nationality: "IQ", version: 2 });
    expect(await auditCount("youth.update", id)).toBe(1);
  });

  it("a new date of birth and a relocation recompute the stored picture in the same change", async () => {
    const id = await registerYouthAs(mentor, buildYouth(zutphen));
    expect(
      (await mentor.request({ method: "GET", url: `/api/youths/${id}/picture` })).statusCode,
    ).toBe(200);
    const computedAt = async () =>
      (
        await t.deps.db
          .selectFrom("youths")
          .select("picture_computed_at")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).picture_computed_at;
    t.clock.advance(60_000);
    const patched = await mentor.request({
      method: "PATCH",
      url: `/api/youths/${id}`,
      payload: { version: 1, dateOfBirth: "2009-03-01" },
    });
    expect(patched.statusCode).toBe(200);
    expect(await computedAt()).toBe(t.clock.now.toISOString());
    t.clock.advance(60_000);
    const moved = await mentor.request({
      method: "POST",
      url: `/api/youths/${id}/relocations`,
      payload: {
        toLocationId: terApel,
        version: 2,
        handover: { openConcerns: "Geen.", safetyAgreements: "Geen.", nextSteps: "Kennismaken." },
      },
    });
    expect(moved.statusCode).toBe(201);
    expect(await computedAt()).toBe(t.clock.now.toISOString());
  });

  it("identifying fields are encrypted at rest: the raw table holds no plaintext", async () => {
    const row = await t.deps.db
      .selectFrom("youths")
      .selectAll()
      .where("id", "=", youthId)
      .executeTakeFirstOrThrow();
    const raw = JSON.stringify(row);
    for (const plain of ["Karim", "Haddad", "5555", "2010-06-01"]) expect(raw).not.toContain(plain);
    expect(row.display_name_enc.startsWith("v2:t1:")).toBe(true);
    // Nationality, gender and languages are identifying too (issue 14): ciphertext, not "SY".
    const columns: Record<string, unknown> = row;
    for (const column of ["nationality_enc", "gender_enc", "languages_enc"])
      expect(String(columns[column]), column).toMatch(/^v2:t1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(columns).not.toHaveProperty("nationality");
  });

  it("the blind index finds a youth by V-number, however it is typed; the list read is logged", async () => {
    const res = await mentor.request({ method: "GET", url: "/api/youths?q=v5555%201234" });
    expect(res.json<{ items: { id: string }[] }>().items.map((y) => y.id)).toEqual([youthId]);
    const logged = await t.deps.db
      .selectFrom("audit_log")
      .select(["record_ids", "details"])
      .where("action", "=", "youth.list")
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(logged.record_ids)).toEqual([youthId]);
    expect(logged.details).not.toContain("5555");
  });

  it("registering the same youth again warns with the organisation to contact, not the content", async () => {
    const other = await loginAs(t.app, "team_lead.terapel@demo.inzicht.test");
    const again = await other.request({
      method: "POST",
      url: "/api/youths",
      payload: { ...body(), vNumber: undefined, displayName: "karim  haddad", locationId: terApel },
    });
    expect(again.statusCode).toBe(409);
    const problem = again.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(problem.code).toBe("CONFLICT");
    expect(problem.errors[0]?.message).toBe("COA Zutphen");
    expect(JSON.stringify(problem)).not.toContain("5555");
    const sameV = await other.request({
      method: "POST",
      url: "/api/youths",
      payload: {
        ...body(),
        displayName: "Someone Else",
        dateOfBirth: "2011-01-01",
        locationId: terApel,
      },
    });
    expect(sameV.statusCode).toBe(409);
  });

  it("changing a V-number to another dossier's warns the same way, unless confirmed", async () => {
    const id = await registerYouthAs(mentor, buildYouth(zutphen));
    const clash = await mentor.request({
      method: "PATCH",
      url: `/api/youths/${id}`,
      payload: { version: 1, vNumber: "v-5555-1234" },
    });
    expect(clash.statusCode).toBe(409);
    const problem = clash.json<{ errors: { path: string; message: string }[] }>();
    expect(problem.errors).toEqual([
      { path: `possibleDuplicate.${youthId}`, message: "COA Zutphen" },
    ]);
    // Unrelated edits of the same dossier are not blocked by its own indexes.
    const nationality = await mentor.request({
      method: "PATCH",
      url: `/api/youths/${id}`,
      payload: { version: 1, nationality: "ER" },
    });
    expect(nationality.statusCode).toBe(200);
    const confirmed = await mentor.request({
      method: "PATCH",
      url: `/api/youths/${id}`,
      payload: { version: 2, vNumber: "V-5555-1234", confirmNotDuplicate: true },
    });
    expect(confirmed.statusCode).toBe(200);
  });

  /** `email` asks for access to the shared youth; the guardian decides; returns the outsider. */
  async function requestAndDecide(email: string, reason: string, decision: string) {
    const outsider = await loginAs(t.app, email);
    const req = await outsider.request({
      method: "POST",
      url: `/api/youths/${youthId}/access-requests`,
      payload: { reason },
    });
    expect(req.statusCode).toBe(201);
    const circle = await guardian.request({ method: "GET", url: `/api/youths/${youthId}/circle` });
    const pending = circle
      .json<{ accessRequests: { id: string; status: string }[] }>()
      .accessRequests.find((r) => r.status === "pending");
    expect(pending).toBeDefined();
    const decide = await guardian.request({
      method: "POST",
      url: `/api/youths/${youthId}/access-requests/${pending?.id}/decision`,
      payload: { decision },
    });
    expect(decide.statusCode).toBe(204);
    const notes = await outsider.request({ method: "GET", url: "/api/notifications" });
    const notifications = notes.json<{
      items: { kind: string; youth: { id: string; displayName: string } | null }[];
    }>().items;
    return { outsider, notifications };
  }

  it("an outsider can ask for access; a circle member approves and the outsider then reads", async () => {
    const { outsider, notifications } = await requestAndDecide(
      "team_lead.terapel@demo.inzicht.test",
      "Jongere komt volgende week naar onze locatie.",
      "approved",
    );
    expect(
      (await outsider.request({ method: "GET", url: `/api/youths/${youthId}` })).statusCode,
    ).toBe(200);
    expect(notifications.filter((n) => n.youth?.id === youthId).map((n) => n.kind)).toContain(
      "access_approved",
    );
  });

  it("a declined request tells the requester so, and the dossier stays out of reach", async () => {
    const { outsider, notifications } = await requestAndDecide(
      "mentor.terapel@demo.inzicht.test",
      "Ik denk dat ik deze jongere ken van school.",
      "declined",
    );
    expect(
      (await outsider.request({ method: "GET", url: `/api/youths/${youthId}` })).statusCode,
    ).toBe(404);
    const declined = notifications.find((n) => n.kind === "access_declined");
    expect(declined).toBeDefined();
    expect(declined?.youth).toBeNull();
  });

  it("emergency access lasts 24 hours, needs a reason, is flagged in the log and shown to the circle", async () => {
    const id = await registerYouthAs(mentor, buildYouth(zutphen));
    const coordinator = await loginAs(t.app, demoEmail("care_coordinator"));
    expect(
      (await coordinator.request({ method: "GET", url: `/api/youths/${id}` })).statusCode,
    ).toBe(404);
    const noReason = await coordinator.request({
      method: "POST",
      url: `/api/youths/${id}/emergency-access`,
      payload: { reason: "" },
    });
    expect(noReason.statusCode).toBe(400);
    const glass = await coordinator.request({
      method: "POST",
      url: `/api/youths/${id}/emergency-access`,
      payload: { reason: "Politie meldt acute dreiging, mentor niet bereikbaar." },
    });
    expect(glass.statusCode).toBe(201);
    expect(
      (await coordinator.request({ method: "GET", url: `/api/youths/${id}` })).statusCode,
    ).toBe(200);
    const seen = await mentor.request({ method: "GET", url: `/api/youths/${id}` });
    expect(
      seen.json<{ emergencyAccess: { reason: string }[] }>().emergencyAccess[0]?.reason,
    ).toContain("acute dreiging");
    const log = await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("youth_id", "=", id)
      .where("action", "=", "access.emergency")
      .execute();
    expect(log).toHaveLength(1);
    // The access log keeps the reason encrypted (ADR 0008).
    expect(log[0]?.reason_enc).not.toContain("acute dreiging");
    expect(
      t.deps.crypto.decrypt(
        log[0]?.reason_enc ?? "",
        field("audit_log", "reason_enc", log[0]?.id ?? ""),
      ),
    ).toContain("acute dreiging");
    t.clock.advance(25 * 3_600_000);
    const later = await loginAs(t.app, demoEmail("care_coordinator"));
    expect((await later.request({ method: "GET", url: `/api/youths/${id}` })).statusCode).toBe(404);
  });

  it("relocation needs a handover note; the old mentor reads for 30 days, then loses access", async () => {
    const m = await loginAs(t.app, demoEmail("mentor"));
    const g = await loginAs(t.app, demoEmail("guardian"));
    const id = await registerYouthAs(m, buildYouth(zutphen));
    await addToCircle(m, id, demoEmail("guardian"), "guardian");
    const noNote = await m.request({
      method: "POST",
      url: `/api/youths/${id}/relocations`,
      payload: { toLocationId: terApel, version: 1 },
    });
    expect(noNote.statusCode).toBe(400);
    const dir = await m.request({
      method: "GET",
      url: `/api/professionals?organisationId=${terApel}&role=mentor`,
    });
    const newMentorId = dir.json<{ items: { id: string }[] }>().items[0]?.id;
    const moved = await m.request({
      method: "POST",
      url: `/api/youths/${id}/relocations`,
      payload: {
        toLocationId: terApel,
        newMentorId,
        version: 1,
        handover: {
          openConcerns: "Wordt 's avonds opgehaald.",
          safetyAgreements: "Telefoon 's nachts bij mentor.",
          nextSteps: "Gesprek met zorgcoördinator.",
        },
      },
    });
    expect(moved.statusCode).toBe(201);
    const newMentor = await loginAs(t.app, "mentor.terapel@demo.inzicht.test");
    const dossier = await newMentor.request({ method: "GET", url: `/api/youths/${id}` });
    expect(dossier.statusCode).toBe(200);
    expect(dossier.json()).toMatchObject({
      location: { name: "COA Ter Apel" },
      handover: { openConcerns: "Wordt 's avonds opgehaald." },
    });
    const oldView = await m.request({ method: "GET", url: `/api/youths/${id}` });
    expect(oldView.json()).toMatchObject({
      access: { readOnly: true },
      abilities: { "youth.update": false },
    });
    expect((await g.request({ method: "GET", url: `/api/youths/${id}` })).statusCode).toBe(200);
    t.clock.advance(31 * DAY);
    const m2 = await loginAs(t.app, demoEmail("mentor"));
    const g2 = await loginAs(t.app, demoEmail("guardian"));
    expect((await m2.request({ method: "GET", url: `/api/youths/${id}` })).statusCode).toBe(404);
    expect((await g2.request({ method: "GET", url: `/api/youths/${id}` })).statusCode).toBe(200);
  });

  it("the school sees the header only, not identifiers or history", async () => {
    const m = await loginAs(t.app, demoEmail("mentor"));
    const id = await registerYouthAs(m, buildYouth(zutphen));
    // A school member joins only as "school": another relation would lift the header-only view.
    for (const relation of ["mentor", "other", "guardian"]) {
      const res = await m.request({
        method: "POST",
        url: `/api/youths/${id}/circle`,
        payload: { email: demoEmail("school"), relation },
      });
      expect(res.statusCode, relation).toBe(400);
      expect(res.json()).toMatchObject({ code: "VALIDATION_FAILED" });
    }
    // Nor may anyone join as "school" without being a school member.
    const asSchool = await m.request({
      method: "POST",
      url: `/api/youths/${id}/circle`,
      payload: { email: demoEmail("guardian"), relation: "school" },
    });
    expect(asSchool.statusCode).toBe(400);
    await addToCircle(m, id, demoEmail("school"), "school");
    const school = await loginAs(t.app, demoEmail("school"));
    const res = await school.request({ method: "GET", url: `/api/youths/${id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      full: false,
      vNumber: null,
      dateOfBirth: null,
      abilities: { "youth.readFull": false, "signal.create": true },
    });
  });

  it("the privacy officer sees who read a dossier, and exports it as CSV", async () => {
    const po = await loginAs(t.app, demoEmail("privacy_officer"));
    const res = await po.request({ method: "GET", url: `/api/youths/${youthId}/audit` });
    expect(res.statusCode).toBe(200);
    const actions = res
      .json<{ items: { action: string; actor: { name: string } }[] }>()
      .items.map((e) => e.action);
    expect(actions).toContain("youth.read");
    expect(actions).toContain("youth.create");
    const csv = await po.request({ method: "GET", url: `/api/youths/${youthId}/audit.csv` });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.split("\r\n")[0]).toContain("actor_name");
    const m = await loginAs(t.app, demoEmail("mentor"));
    expect(
      (await m.request({ method: "GET", url: `/api/youths/${youthId}/audit` })).statusCode,
    ).toBe(403);
  });

  it("the privacy officer looks a youth up by name or V-number; the lookup is logged without the text", async () => {
    const po = await loginAs(t.app, demoEmail("privacy_officer"));
    type Found = { items: { id: string; displayName: string; location: { name: string } }[] };
    const byName = await po.request({ method: "GET", url: "/api/audit/youths?q=karim" });
    expect(byName.statusCode).toBe(200);
    expect(byName.json<Found>().items).toContainEqual(
      expect.objectContaining({ id: youthId, displayName: "Karim Haddad" }),
    );
    const byV = await po.request({ method: "GET", url: "/api/audit/youths?q=v-5555-1234" });
    expect(byV.json<Found>().items.map((i) => i.id)).toContain(youthId);
    const none = await po.request({ method: "GET", url: "/api/audit/youths?q=zzqxj" });
    expect(none.json<Found>().items).toEqual([]);
    const logged = await t.deps.db
      .selectFrom("audit_log")
      .select(["details"])
      .where("action", "=", "audit.youth_search")
      .execute();
    expect(logged).toHaveLength(3);
    expect(logged.map((r) => r.details).join(" ")).not.toMatch(/karim|5555/i);

    // After the look-up, the youth's log names the youth by its display name, not only its id;
    // the read is logged with how many names were shown (never the names themselves).
    const log = await po.request({ method: "GET", url: `/api/audit?youthId=${youthId}&limit=20` });
    expect(log.statusCode, log.body).toBe(200);
    const entries = log.json<{ items: { youthId: string; youthName: string | null }[] }>().items;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.youthId === youthId && e.youthName === "Karim Haddad")).toBe(
      true,
    );
    const read = await t.deps.db
      .selectFrom("audit_log")
      .select(["details", "actor_id", "youth_id"])
      .where("action", "=", "audit.read")
      .orderBy("seq", "desc")
      .executeTakeFirst();
    expect(read).toMatchObject({ actor_id: po.userId, youth_id: youthId });
    expect(JSON.parse(read?.details ?? "{}")).toMatchObject({ youthsNamed: 1 });
    expect(read?.details).not.toMatch(/karim/i);

    for (const q of ["", "k", "!!", "x".repeat(101)]) {
      const bad = await po.request({
        method: "GET",
        url: `/api/audit/youths?q=${encodeURIComponent(q)}`,
      });
      expect(bad.statusCode, q).toBe(400);
    }
    const m = await loginAs(t.app, demoEmail("mentor"));
    expect((await m.request({ method: "GET", url: "/api/audit/youths?q=karim" })).statusCode).toBe(
      403,
    );
  });

  it("verify-audit detects a tampered row", async () => {
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
    const victim = await t.deps.db
      .selectFrom("audit_log")
      .select(["seq"])
      .where("action", "=", "youth.read")
      .orderBy("seq")
      .executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable("audit_log")
      .set({ actor_id: null })
      .where("seq", "=", victim.seq)
      .execute();
    const result = await verifyAuditChain(t.deps.db);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenSeq).toBe(victim.seq);
  });
});
