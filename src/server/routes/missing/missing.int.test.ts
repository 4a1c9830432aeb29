import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCircle, buildYouth, orgId, registerYouthAs } from "../../../../test/factories.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { extractPdfText } from "../../../../test/training-pdf-text.js";

const NOW = new Date("2026-11-29T10:00:00Z");

describe.each(TEST_DATABASES)("the missing-youth protocol (%s)", (kind) => {
  let t: TestApp;
  let mentor: Session;
  let guardian: Session;
  let coordinator: Session;
  let school: Session;
  let zutphen: string;

  const newYouth = async () => {
    const bsn = String(randomInt(100_000_000, 999_999_999));
    const body = buildYouth(zutphen, { bsn });
    const id = await registerYouthAs(mentor, body);
    await addToCircle(mentor, id, demoEmail("guardian"), "guardian");
    await addToCircle(mentor, id, demoEmail("care_coordinator"), "care_coordinator");
    await addToCircle(mentor, id, demoEmail("school"), "school");
    return { id, bsn, vNumber: body.vNumber ?? "", name: body.displayName };
  };
  const OPEN = {
    lastSeenAt: "2026-11-28T21:30:00Z",
    lastSeenWhere: "Bushalte Stationsplein Zutphen",
    lastSeenWith: "Twee onbekende volwassen mannen in een grijze auto",
    circumstances: "Kwam niet terug na het avondeten; kamer leeg.",
    belongings: "Rugzak, jas",
    phone: "with_phone",
    phoneNumber: "06-12345678",
  };
  const base = (youthId: string) => `/api/youths/${youthId}/missing-episodes`;
  const list = async (s: Session, youthId: string) => {
    const res = await s.request({ method: "GET", url: base(youthId) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{
      youthStatus: string;
      level: number;
      items: {
        id: string;
        status: string;
        version: number;
        checklist: {
          item: string;
          required: boolean;
          doneAt: string | null;
          skipReason: string | null;
          version: number;
        }[];
        reviews: { kind: string; dueAt: string; cancelledAt: string | null }[];
      }[];
    }>();
  };
  const youthRow = (id: string) =>
    t.deps.db
      .selectFrom("youths")
      .select(["status", "level"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
  const actions = async (youthId: string) =>
    (
      await t.deps.db
        .selectFrom("audit_log")
        .select("action")
        .where("youth_id", "=", youthId)
        .execute()
    ).map((r) => r.action);

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    mentor = await loginAs(t.app, demoEmail("mentor"));
    guardian = await loginAs(t.app, demoEmail("guardian"));
    coordinator = await loginAs(t.app, demoEmail("care_coordinator"));
    school = await loginAs(t.app, demoEmail("school"));
    zutphen = await orgId(t.app, mentor, "COA Zutphen");
  });
  afterAll(() => t.close());

  it("an episode is opened, followed, ended on return, talked through and closed; it stays in history", async () => {
    const y = await newYouth();
    const opened = await mentor.request({ method: "POST", url: base(y.id), payload: OPEN });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().level).toBeGreaterThanOrEqual(2);
    expect(await youthRow(y.id)).toMatchObject({ status: "missing" });
    const notes = await t.deps.db
      .selectFrom("notifications")
      .select("kind")
      .where("youth_id", "=", y.id)
      .where("user_id", "=", guardian.userId)
      .execute();
    expect(notes.map((n) => n.kind)).toContain("missing");
    const twice = await guardian.request({ method: "POST", url: base(y.id), payload: OPEN });
    expect(twice.statusCode).toBe(409);

    let view = await list(guardian, y.id);
    const ep = view.items[0];
    expect(ep?.status).toBe("missing");
    expect(ep?.checklist.map((c) => c.item)).toEqual([
      "police_notified",
      "guardian_informed",
      "circle_informed",
      "phone_called",
      "contacts_checked",
      "social_media_checked",
      "care_coordinator_informed",
    ]);
    expect(ep?.checklist.find((c) => c.item === "care_coordinator_informed")?.required).toBe(
      view.level >= 3,
    );
    expect(ep?.reviews.map((r) => [r.kind, r.dueAt])).toEqual([
      ["missing_24h", "2026-11-30T10:00:00.000Z"],
      ["missing_72h", "2026-12-02T10:00:00.000Z"],
      ["missing_weekly", "2026-12-06T10:00:00.000Z"],
    ]);
    const itemUrl = `${base(y.id)}/${ep?.id}/checklist/police_notified`;
    const tick = await mentor.request({
      method: "PATCH",
      url: itemUrl,
      payload: {
        version: 1,
        done: true,
        doneAt: "2026-11-29T09:15:00Z",
        note: "Vermissingsmelding, PV-nummer volgt",
      },
    });
    expect(tick.statusCode, tick.body).toBe(200);
    expect(
      (
        await guardian.request({
          method: "PATCH",
          url: itemUrl,
          payload: { version: 1, done: false },
        })
      ).statusCode,
    ).toBe(409);

    const pdf = await coordinator.request({
      method: "GET",
      url: `${base(y.id)}/${ep?.id}/summary.pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const text = extractPdfText(pdf.rawPayload);
    for (const fact of [
      y.name,
      y.vNumber,
      "Bushalte Stationsplein Zutphen",
      "grijze auto",
      "06-12345678",
      "Politie ingelicht",
      "Laatst gezien",
      // Ticked at 09:15 UTC: the police read Dutch local time, with the zone named.
      "29 november 2026, 10:15 (Nederlandse tijd, CET)",
    ])
      expect(text).toContain(fact);
    expect(text).not.toContain(y.bsn);
    expect(text).not.toContain("UTC");

    const closeEarly = await mentor.request({
      method: "POST",
      url: `${base(y.id)}/${ep?.id}/close`,
      payload: { version: 1 },
    });
    expect(closeEarly.statusCode).toBe(409);
    const stale = await mentor.request({
      method: "POST",
      url: `${base(y.id)}/${ep?.id}/end`,
      payload: { version: 7, endedAt: "2026-11-29T09:50:00Z", outcome: "returned" },
    });
    expect(stale.statusCode).toBe(409);
    const ended = await mentor.request({
      method: "POST",
      url: `${base(y.id)}/${ep?.id}/end`,
      payload: {
        version: 1,
        endedAt: "2026-11-29T09:50:00Z",
        outcome: "returned",
        foundWhere: "Kwam zelf terug op de locatie",
      },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(await youthRow(y.id)).toMatchObject({ status: "present" });
    expect((await youthRow(y.id)).level).toBeGreaterThanOrEqual(2); // the episode counts as a vulnerability
    view = await list(guardian, y.id);
    expect(view.items[0]?.reviews.every((r) => r.cancelledAt !== null)).toBe(true);
    const noTalk = await mentor.request({
      method: "POST",
      url: `${base(y.id)}/${ep?.id}/close`,
      payload: { version: 2 },
    });
    expect(noTalk.statusCode).toBe(409);
    const talk = await guardian.request({
      method: "POST",
      url: `${base(y.id)}/${ep?.id}/return-conversation`,
      payload: {
        version: 2,
        heldOn: "2026-11-29",
        youthTalked: true,
        summary: "Was bij een 'vriend' in Arnhem; moest daar pakketjes rondbrengen.",
        concerns: "Mogelijk criminele uitbuiting",
      },
    });
    expect(talk.statusCode, talk.body).toBe(200);
    // Required items are still open: the close is refused, item by item, and nothing changes.
    view = await list(guardian, y.id);
    const open = (view.items[0]?.checklist ?? [])
      .filter((c) => c.required && !c.doneAt)
      .map((c) => c.item);
    expect(open).toEqual(expect.arrayContaining(["guardian_informed", "social_media_checked"]));
    expect(open).not.toContain("police_notified");
    const refused = await guardian.request({
      method: "POST",
      url: `${base(y.id)}/${ep?.id}/close`,
      payload: { version: 3, note: "Besproken in de kring." },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().code).toBe("VALIDATION_FAILED");
    expect(
      refused
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(open.map((i) => `skipped.${i}`).sort());
    const partly = await guardian.request({
      method: "POST",
      url: `${base(y.id)}/${ep?.id}/close`,
      payload: {
        version: 3,
        skipped: {
          guardian_informed: "De voogd was op de locatie.",
          police_notified: "x".repeat(6),
        },
      },
    });
    expect(partly.statusCode).toBe(400);
    expect(partly.json().errors.map((e: { path: string }) => e.path)).toContain(
      "skipped.police_notified",
    );
    expect((await list(guardian, y.id)).items[0]).toMatchObject({ status: "ended", version: 3 });
    const reasons = Object.fromEntries(
      open.map((i) => [i, `Niet meer nodig: binnen het uur terug (${i}).`]),
    );
    const closed = await guardian.request({
      method: "POST",
      url: `${base(y.id)}/${ep?.id}/close`,
      payload: { version: 3, note: "Besproken in de kring.", skipped: reasons },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const closedView = (await list(guardian, y.id)).items[0];
    expect(closedView?.checklist.find((c) => c.item === "guardian_informed")?.skipReason).toContain(
      "binnen het uur terug",
    );
    expect(closedView?.checklist.find((c) => c.item === "police_notified")?.skipReason).toBeNull();
    const stored = await t.deps.db
      .selectFrom("missing_checklist_items")
      .select("skip_reason_enc")
      .where("episode_id", "=", ep?.id ?? "")
      .where("item", "=", "guardian_informed")
      .executeTakeFirst();
    expect(stored?.skip_reason_enc).not.toContain("binnen het uur");
    const after = await mentor.request({
      method: "PATCH",
      url: `${base(y.id)}/${ep?.id}`,
      payload: { version: 4, circumstances: "Toch anders." },
    });
    expect(after.statusCode).toBe(409);
    view = await list(mentor, y.id);
    expect(view.items[0]).toMatchObject({ status: "closed" });
    const log = await actions(y.id);
    expect(log.filter((a) => a === "missing.change").length).toBeGreaterThanOrEqual(5);
    expect(log).toEqual(expect.arrayContaining(["steps.read", "report.export"]));
  });

  it("missing now with one soft signal is a suspicion: the care coordinator is required from the first hour", async () => {
    const y = await newYouth();
    const signal = await mentor.request({
      method: "POST",
      url: `/api/youths/${y.id}/signals`,
      payload: {
        indicatorIds: ["phys.exhausted"],
        observedAt: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
        source: "own_observation",
        facts: "Valt 's middags in slaap op de bank.",
      },
    });
    expect(signal.statusCode, signal.body).toBe(201);
    const opened = await mentor.request({ method: "POST", url: base(y.id), payload: OPEN });
    expect(opened.statusCode, opened.body).toBe(201);
    // Rule set v2: missing now + any signal in the long window → at least 3 (issue 13).
    expect(opened.json().level).toBe(3);
    const view = await list(mentor, y.id);
    expect(
      view.items[0]?.checklist.find((c) => c.item === "care_coordinator_informed")?.required,
    ).toBe(true);
  });

  it("at level 3 or higher informing the care coordinator is required", async () => {
    const y = await newYouth();
    const tr = await mentor.request({
      method: "POST",
      url: `/api/youths/${y.id}/trajects`,
      payload: { concern: "Acuut gevaar gemeld." },
    });
    await mentor.request({
      method: "POST",
      url: `/api/youths/${y.id}/trajects/${tr.json().id}/steps`,
      payload: { step: "safety_check", draft: true, what: { dangerNow: "yes" } },
    });
    const opened = await mentor.request({ method: "POST", url: base(y.id), payload: OPEN });
    expect(opened.json().level).toBe(4);
    const view = await list(mentor, y.id);
    expect(
      view.items[0]?.checklist.find((c) => c.item === "care_coordinator_informed")?.required,
    ).toBe(true);
  });

  it("a weekly review while still missing plans the next week", async () => {
    const y = await newYouth();
    await mentor.request({ method: "POST", url: base(y.id), payload: OPEN });
    const rows = await t.deps.db
      .selectFrom("review_dates")
      .select(["id", "kind"])
      .where("youth_id", "=", y.id)
      .execute();
    const weekly = rows.find((r) => r.kind === "missing_weekly");
    const res = await mentor.request({
      method: "POST",
      url: `/api/youths/${y.id}/reviews/${weekly?.id}/done`,
      payload: { version: 1, outcome: "Nog geen spoor; politie zoekt." },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().nextReviewId).toBeTruthy();
    expect(await actions(y.id)).toContain("missing.change");
  });

  it.each([
    ["last seen in the future", { ...OPEN, lastSeenAt: "2026-12-01T10:00:00Z" }],
    ["no place", { ...OPEN, lastSeenWhere: "" }],
    ["an unknown field", { ...OPEN, bsn: "123456782" }],
    ["an unknown phone state", { ...OPEN, phone: "maybe" }],
  ])("%s is a 400 and the youth stays present", async (_n, payload) => {
    const y = await newYouth();
    const res = await mentor.request({ method: "POST", url: base(y.id), payload });
    expect(res.statusCode).toBe(400);
    expect(await youthRow(y.id)).toMatchObject({ status: "present" });
  });

  it("a school member cannot open or read episodes", async () => {
    const y = await newYouth();
    expect(
      (await school.request({ method: "POST", url: base(y.id), payload: OPEN })).statusCode,
    ).toBe(403);
    expect((await school.request({ method: "GET", url: base(y.id) })).statusCode).toBe(403);
  });
});
