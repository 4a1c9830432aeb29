import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgId } from "../../../../test/factories.js";
import {
  newYouthWithCircle,
  NOW,
  openTraject,
  postStep,
  TODAY,
} from "../../../../test/steps-helpers.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

/**
 * Turning 18 is the moment of highest risk, so a traject is not closed "because the youth turned
 * 18": it is handed over to adult care coordination with a handover note, and the handover day
 * is stored (the dossier's retention runs from there). Old trajects closed as "turned_18" stay
 * readable.
 */
describe.each(TEST_DATABASES)("handover at 18 (%s)", (kind) => {
  let t: TestApp;
  let mentor: Session;
  let zutphen: string;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    mentor = await loginAs(t.app, demoEmail("mentor"));
    zutphen = await orgId(t.app, mentor, "COA Zutphen");
  });
  afterAll(() => t.close());

  const WHY = "Hij is 18 geworden; de zorg loopt door bij de zorgcoördinatie voor volwassenen.";
  const getTraject = async (youthId: string, trajectId: string) =>
    (
      await mentor.request({ method: "GET", url: `/api/youths/${youthId}/trajects/${trajectId}` })
    ).json<{ status: string; closeReason: string | null; handoverOn: string | null }>();

  it("'turned_18' can no longer be chosen as a close reason", async () => {
    const youthId = await newYouthWithCircle(mentor, zutphen);
    const tr = await openTraject(mentor, youthId);
    const res = await postStep(mentor, youthId, tr.id, {
      step: "close",
      draft: false,
      what: { reason: "turned_18" },
      why: WHY,
      trajectVersion: tr.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("what.reason");
    expect((await getTraject(youthId, tr.id)).status).not.toBe("closed");
  });

  it("a handover at 18 needs the adult care coordination, the day and a handover note", async () => {
    const youthId = await newYouthWithCircle(mentor, zutphen);
    const tr = await openTraject(mentor, youthId);
    const res = await postStep(mentor, youthId, tr.id, {
      step: "close",
      draft: false,
      what: { reason: "handover_at_18" },
      why: WHY,
      trajectVersion: tr.version,
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors?: { path: string }[] }>().errors?.map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(["what.handoverTo", "what.handoverOn", "what.handoverNote"]),
    );
    expect((await getTraject(youthId, tr.id)).status).toBe("safety_check");
  });

  it("a complete handover closes the traject and stores the handover day", async () => {
    const youthId = await newYouthWithCircle(mentor, zutphen);
    const tr = await openTraject(mentor, youthId);
    const res = await postStep(mentor, youthId, tr.id, {
      step: "close",
      draft: false,
      what: {
        reason: "handover_at_18",
        handoverTo: "Zorgcoördinator mensenhandel regio IJsselland",
        handoverOn: TODAY,
        handoverNote: "Wordt nog gebeld door een oudere man; afspraak: telefoon 's nachts uit.",
      },
      why: WHY,
      trajectVersion: tr.version,
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = await getTraject(youthId, tr.id);
    expect(view).toMatchObject({
      status: "closed",
      closeReason: "handover_at_18",
      handoverOn: TODAY,
    });
    const row = await t.deps.db
      .selectFrom("trajects")
      .select(["handover_on", "close_reason"])
      .where("id", "=", tr.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ handover_on: TODAY, close_reason: "handover_at_18" });
  });

  it("a traject closed before with the old reason 'turned_18' is still shown", async () => {
    const youthId = await newYouthWithCircle(mentor, zutphen);
    const tr = await openTraject(mentor, youthId);
    await t.deps.db
      .updateTable("trajects")
      .set({ status: "closed", close_reason: "turned_18", closed_at: NOW.toISOString() })
      .where("id", "=", tr.id)
      .execute();
    const res = await mentor.request({
      method: "GET",
      url: `/api/youths/${youthId}/trajects/${tr.id}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ closeReason: "turned_18", handoverOn: null });
  });
});
