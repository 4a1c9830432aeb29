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

const NOW = new Date("2026-11-29T10:00:00Z");

describe.each(TEST_DATABASES)("signals, vulnerabilities, picture and caseload (%s)", (kind) => {
  let t: TestApp;
  let mentor: Session;
  let guardian: Session;
  let school: Session;
  let zutphen: string;

  const signal = (overrides: Record<string, unknown> = {}) => ({
    indicatorIds: ["behav.out-at-night"],
    observedAt: "2026-11-20",
    source: "own_observation",
    facts: "Kwam om 03:00 terug op de locatie, met een nieuwe jas.",
    ...overrides,
  });
  const newYouth = async (circle: string[] = ["guardian", "school"]) => {
    const id = await registerYouthAs(mentor, buildYouth(zutphen, { arrivedAt: "2026-01-10" }));
    for (const role of circle) await addToCircle(mentor, id, demoEmail(role), role);
    return id;
  };
  const count = async (table: "signals" | "signal_retractions", youthId: string) =>
    (await t.deps.db.selectFrom(table).select("id").where("youth_id", "=", youthId).execute())
      .length;

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    mentor = await loginAs(t.app, demoEmail("mentor"));
    guardian = await loginAs(t.app, demoEmail("guardian"));
    school = await loginAs(t.app, demoEmail("school"));
    zutphen = await orgId(t.app, mentor, "COA Zutphen");
  });
  afterAll(() => t.close());

  it("a mentor records a signal; the guardian sees it with who recorded it; both are in the access log", async () => {
    const youthId = await newYouth();
    const res = await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: signal(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ created: true, level: 1 });
    const list = await guardian.request({ method: "GET", url: `/api/youths/${youthId}/signals` });
    expect(list.json().items[0]).toMatchObject({
      indicatorIds: ["behav.out-at-night"],
      recordedBy: { name: "Sanne de Vries", organisation: "COA Zutphen" },
      facts: expect.stringContaining("03:00"),
    });
    const actions = (
      await t.deps.db
        .selectFrom("audit_log")
        .select("action")
        .where("youth_id", "=", youthId)
        .execute()
    ).map((r) => r.action);
    expect(actions).toContain("signal.create");
    expect(actions).toContain("signal.list");
  });

  it.each([
    ["no indicator", { indicatorIds: [] }],
    ["an unknown indicator", { indicatorIds: ["crim.does-not-exist"] }],
    // Catalogue 1.1.0 withdrew mixed items; they stay readable but are never recorded again.
    ["a withdrawn indicator", { indicatorIds: ["crim.cannabis-farm"] }],
    ["a withdrawn health item", { indicatorIds: ["sex.sti-pregnancy", "phys.exhausted"] }],
    ["a date in the future", { observedAt: "2026-12-01" }],
    ["a date before arrival", { observedAt: "2025-12-31" }],
    ["facts too short", { facts: "kort" }],
    ["facts too long", { facts: "x".repeat(4001) }],
    ["a third party without who", { source: "third_party" }],
    ["an unknown context question", { contextAnswers: { "not-a-question": "x" } }],
    ["an unknown field", { mood: "bad" }],
  ])("%s is refused with 400 and nothing is stored", async (_name, overrides) => {
    const youthId = await newYouth([]);
    const res = await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: signal(overrides),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(await count("signals", youthId)).toBe(0);
  });

  it("a double submit with the same idempotency key creates one signal", async () => {
    const youthId = await newYouth([]);
    const headers = { "idempotency-key": "form-abc-12345" };
    const [a, b] = await Promise.all([
      mentor.request({
        method: "POST",
        url: `/api/youths/${youthId}/signals`,
        payload: signal(),
        headers,
      }),
      mentor.request({
        method: "POST",
        url: `/api/youths/${youthId}/signals`,
        payload: signal(),
        headers,
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect(await count("signals", youthId)).toBe(1);

    // The same key for another signal, or on another youth, is a conflict and stores nothing.
    const other = await newYouth([]);
    for (const [target, payload] of [
      [youthId, signal({ facts: "Iets heel anders gezien bij de fietsenstalling." })],
      [other, signal()],
    ] as const) {
      const res = await mentor.request({
        method: "POST",
        url: `/api/youths/${target}/signals`,
        payload,
        headers,
      });
      expect(res.statusCode).toBe(409);
      expect(res.headers["content-type"]).toMatch(/problem\+json/);
    }
    expect(await count("signals", youthId)).toBe(1);
    expect(await count("signals", other)).toBe(0);
  });

  it("a retraction keeps the signal in history and gives the picture as if it was never recorded", async () => {
    const youthId = await newYouth(["guardian"]);
    const first = (
      await mentor.request({
        method: "POST",
        url: `/api/youths/${youthId}/signals`,
        payload: signal(),
      })
    ).json();
    const second = (
      await guardian.request({
        method: "POST",
        url: `/api/youths/${youthId}/signals`,
        payload: signal({
          indicatorIds: ["other.expensive-items"],
          facts: "Draagt dure sneakers, zegt dat ze van een vriend zijn.",
        }),
      })
    ).json();
    expect(second.level).toBe(2);
    const forbidden = await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals/${second.id}/retraction`,
      payload: { reason: "Niet van mij" },
    });
    expect(forbidden.statusCode).toBe(403);
    const retract = await guardian.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals/${second.id}/retraction`,
      payload: { reason: "Sneakers bleken een cadeau van school." },
    });
    expect(retract.statusCode).toBe(201);
    expect(retract.json().level).toBe(1);
    const again = await guardian.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals/${second.id}/retraction`,
      payload: { reason: "Nog een keer" },
    });
    expect(again.statusCode).toBe(409);
    const list = (
      await mentor.request({ method: "GET", url: `/api/youths/${youthId}/signals` })
    ).json();
    expect(list.items).toHaveLength(2);
    expect(list.items.find((s: { id: string }) => s.id === second.id).retraction).toMatchObject({
      reason: "Sneakers bleken een cadeau van school.",
      by: "Youssef El Amrani",
      byRole: "guardian",
      byOrganisation: expect.stringContaining("Nidos"),
    });
    const picture = (
      await mentor.request({ method: "GET", url: `/api/youths/${youthId}/picture` })
    ).json();
    expect(picture.level).toBe(1);
    expect(picture.reasons.flatMap((r: { signalIds: string[] }) => r.signalIds)).toEqual(
      expect.arrayContaining([first.id]),
    );
    expect(picture.reasons.flatMap((r: { signalIds: string[] }) => r.signalIds)).not.toContain(
      second.id,
    );
  });

  it("a school member sees only signals recorded by their own school", async () => {
    const youthId = await newYouth();
    await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: signal(),
    });
    const own = await school.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: signal({
        indicatorIds: ["behav.school-absence"],
        facts: "Drie dagen afwezig zonder bericht deze week.",
      }),
    });
    expect(own.statusCode).toBe(201);
    const seen = (
      await school.request({ method: "GET", url: `/api/youths/${youthId}/signals` })
    ).json();
    expect(seen.scope).toBe("own_organisation");
    expect(seen.items.map((s: { indicatorIds: string[] }) => s.indicatorIds[0])).toEqual([
      "behav.school-absence",
    ]);
    expect(
      (await school.request({ method: "GET", url: `/api/youths/${youthId}/picture` })).statusCode,
    ).toBe(403);
    const all = (
      await guardian.request({ method: "GET", url: `/api/youths/${youthId}/signals` })
    ).json();
    expect(all.items).toHaveLength(2);
  });

  it("the seed's case — forced to steal, threatened by phone, told by the youth — is a suspicion of criminal exploitation", async () => {
    const youthId = await newYouth(["guardian"]);
    const res = await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: signal({
        indicatorIds: ["crim.forced-theft", "crim.threatened-by-phone"],
        observedAt: "2026-11-10",
        source: "youth_told",
        facts:
          "Vertelt dat hij moet stelen voor iemand, anders wordt hij bedreigd. Wordt gebeld en buiten de locatie opgewacht.",
        contextAnswers: { "who-benefits": "Een oudere man die hem belt." },
      }),
    });
    expect(res.statusCode).toBe(201);
    const picture = (
      await guardian.request({ method: "GET", url: `/api/youths/${youthId}/picture` })
    ).json();
    expect(picture.level).toBeGreaterThanOrEqual(3);
    expect(picture.byType.criminal.level).toBeGreaterThanOrEqual(3);
    expect(
      picture.reasons.every((r: { rule: string; text: { nl: string } }) => r.rule && r.text.nl),
    ).toBe(true);
  });

  it("a rising level notifies the circle, the region's care coordinator at 3 and the team lead at 4, but not the author of the signal", async () => {
    const youthId = await newYouth(["guardian"]);
    const coordinator = await loginAs(t.app, demoEmail("care_coordinator"));
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    const before = async (s: Session) =>
      (await s.request({ method: "GET", url: "/api/notifications/count" })).json().unread as number;
    const [g0, c0, l0] = [await before(guardian), await before(coordinator), await before(lead)];
    const m0 = await before(mentor);
    const circle = (
      await mentor.request({ method: "GET", url: `/api/youths/${youthId}/circle` })
    ).json() as { members?: { userId: string }[]; items?: { userId: string }[] };
    // The author is in the circle, so only the rule can keep the notification away.
    expect(JSON.stringify(circle)).toContain(mentor.userId);
    await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: signal({
        indicatorIds: ["other.threats"],
        observedAt: "2026-11-28",
        facts: "Werd vanmiddag bij de poort bedreigd door twee mannen.",
      }),
    });
    expect(await before(guardian)).toBe(g0 + 1);
    expect(await before(coordinator)).toBe(c0 + 1);
    expect(await before(lead)).toBe(l0 + 1);
    expect(await before(mentor)).toBe(m0);
    const list = (await guardian.request({ method: "GET", url: "/api/notifications" })).json();
    expect(
      list.items.find((n: { youth: { id: string } | null }) => n.youth?.id === youthId),
    ).toMatchObject({ kind: "level_rise", level: 4, youth: { id: youthId } });
  });

  it("vulnerabilities: recorded with history, derived ones computed and never entered by hand", async () => {
    const youthId = await registerYouthAs(
      mentor,
      buildYouth(zutphen, { dateOfBirth: "2009-02-10", arrivedAt: "2026-01-10" }),
    );
    const derived = await mentor.request({
      method: "PUT",
      url: `/api/youths/${youthId}/vulnerabilities`,
      payload: { factors: [{ factorId: "nearly-18", present: true, notedAt: "2026-11-01" }] },
    });
    expect(derived.statusCode).toBe(400);
    const ok = await mentor.request({
      method: "PUT",
      url: `/api/youths/${youthId}/vulnerabilities`,
      payload: {
        factors: [
          {
            factorId: "smuggling-debts",
            present: true,
            notedAt: "2026-11-01",
            note: "Noemt schuld bij smokkelaar.",
          },
        ],
      },
    });
    expect(ok.statusCode).toBe(200);
    await mentor.request({
      method: "PUT",
      url: `/api/youths/${youthId}/vulnerabilities`,
      payload: {
        factors: [{ factorId: "smuggling-debts", present: false, notedAt: "2026-11-20" }],
      },
    });
    const got = (
      await mentor.request({ method: "GET", url: `/api/youths/${youthId}/vulnerabilities` })
    ).json();
    expect(got.recorded).toEqual([]);
    expect(got.history).toHaveLength(2);
    expect(got.history[0]).toMatchObject({
      recordedByRole: "mentor",
      recordedByOrganisation: "COA Zutphen",
    });
    const timeline = (
      await mentor.request({
        method: "GET",
        url: `/api/youths/${youthId}/timeline?kind=vulnerability`,
      })
    ).json<{ items: { actor: { role: string | null; organisation: string | null } }[] }>();
    expect(timeline.items[0]?.actor).toMatchObject({ role: "mentor", organisation: "COA Zutphen" });
    expect(got.derived).toEqual([{ factorId: "nearly-18" }]);
  });

  it("the picture names special-category factors only to the circle, not to a team lead by location", async () => {
    const youthId = await newYouth(["guardian"]);
    const put = await mentor.request({
      method: "PUT",
      url: `/api/youths/${youthId}/vulnerabilities`,
      payload: {
        factors: [
          { factorId: "smuggling-debts", present: true, notedAt: "2026-11-01" },
          { factorId: "trauma-violence", present: true, notedAt: "2026-11-01" },
        ],
      },
    });
    expect(put.statusCode).toBe(200);
    // Concern (sent to places by others) plus a signal from a second professional.
    for (const [who, ids] of [
      [mentor, ["crim.sent-to-locations"]],
      [guardian, ["phys.exhausted"]],
    ] as const) {
      const res = await who.request({
        method: "POST",
        url: `/api/youths/${youthId}/signals`,
        payload: signal({ indicatorIds: ids }),
      });
      expect(res.statusCode).toBe(201);
    }
    type Pic = { level: number; reasons: { evidence: { kind: string; id: string }[] }[] };
    const factors = (p: Pic) =>
      p.reasons.flatMap((r) =>
        r.evidence.filter((e) => e.kind === "vulnerability").map((e) => e.id),
      );
    const asCircle = (
      await guardian.request({ method: "GET", url: `/api/youths/${youthId}/picture` })
    ).json<Pic>();
    expect(asCircle.level).toBe(3);
    expect(factors(asCircle)).toEqual(
      expect.arrayContaining(["smuggling-debts", "trauma-violence"]),
    );
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    const asLead = (
      await lead.request({ method: "GET", url: `/api/youths/${youthId}/picture` })
    ).json<Pic>();
    expect(asLead.level).toBe(3);
    expect(factors(asLead)).toContain("smuggling-debts");
    expect(factors(asLead)).not.toContain("trauma-violence");
  });

  it("a professional's suspicion is recorded beside the picture and raises it to 3", async () => {
    const youthId = await newYouth(["guardian"]);
    await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: signal(),
    });
    const j = await guardian.request({
      method: "POST",
      url: `/api/youths/${youthId}/judgements`,
      payload: {
        kind: "suspicion",
        reason: "Na gesprek met de jongere heb ik een sterk vermoeden.",
      },
    });
    expect(j.statusCode).toBe(201);
    expect(j.json().level).toBe(3);
    const picture = (
      await mentor.request({ method: "GET", url: `/api/youths/${youthId}/picture` })
    ).json();
    expect(picture.judgements[0]).toMatchObject({
      kind: "suspicion",
      author: { name: "Youssef El Amrani" },
    });
    expect(picture.history.map((h: { level: number }) => h.level)).toEqual([1, 3]);
  });

  it("the timeline shows signals, retractions and circle changes with who did it, filterable", async () => {
    const youthId = await newYouth(["guardian"]);
    const s = (
      await mentor.request({
        method: "POST",
        url: `/api/youths/${youthId}/signals`,
        payload: signal({
          indicatorIds: ["crim.forced-theft"],
          facts: "Vertelt dat hij moest stelen in de supermarkt.",
        }),
      })
    ).json();
    await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals/${s.id}/retraction`,
      payload: { reason: "Verkeerde jongere geselecteerd." },
    });
    const all = (
      await guardian.request({ method: "GET", url: `/api/youths/${youthId}/timeline` })
    ).json();
    const kinds = all.items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["signal", "retraction", "circle", "relocation"]));
    expect(all.nextCursor).toBeNull();
    // Paged two at a time, the same events in the same order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; kind: string }[]; nextCursor: string | null } = (
        await guardian.request({
          method: "GET",
          url: `/api/youths/${youthId}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        })
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items.map((e) => `${e.kind}:${e.id}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.items.map((e: { id: string; kind: string }) => `${e.kind}:${e.id}`));
    for (const bad of ["limit=201", "limit=0", "cursor=garbage"]) {
      const res = await guardian.request({
        method: "GET",
        url: `/api/youths/${youthId}/timeline?${bad}`,
      });
      expect(res.statusCode, bad).toBe(400);
    }
    const retraction = all.items.find((e: { kind: string }) => e.kind === "retraction");
    expect(retraction.actor).toMatchObject({
      role: "mentor",
      organisation: expect.stringContaining("COA"),
    });
    const crim = (
      await guardian.request({
        method: "GET",
        url: `/api/youths/${youthId}/timeline?category=criminal`,
      })
    ).json();
    expect(
      crim.items.every((e: { categories: string[] }) => e.categories.includes("criminal")),
    ).toBe(true);
    expect(crim.items.length).toBeGreaterThan(0);
  });

  it("the caseload puts the highest level on top", async () => {
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    const res = await lead.request({ method: "GET", url: "/api/caseload?limit=200" });
    expect(res.statusCode).toBe(200);
    const levels = res.json().items.map((y: { level: number }) => y.level);
    expect(levels.length).toBeGreaterThan(3);
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
  });

  it("at the same level, a youth who just rose comes before one who just fell", async () => {
    const record = async (youthId: string, indicatorIds: string[]) => {
      const res = await mentor.request({
        method: "POST",
        url: `/api/youths/${youthId}/signals`,
        payload: signal({ indicatorIds, observedAt: "2026-11-10" }),
      });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: string; level: number }>();
    };
    const fell = await newYouth([]);
    expect((await record(fell, ["crim.sent-to-locations"])).level).toBe(2);
    const strong = await record(fell, ["crim.forced-theft", "crim.threatened-by-phone"]);
    expect(strong.level).toBe(3);
    const rose = await newYouth([]);
    expect((await record(rose, ["crim.sent-to-locations"])).level).toBe(2);
    t.clock.advance(60_000);
    const retract = await mentor.request({
      method: "POST",
      url: `/api/youths/${fell}/signals/${strong.id}/retraction`,
      payload: { reason: "Verkeerde jongere geselecteerd." },
    });
    expect(retract.statusCode).toBe(201);
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    const ids = (await lead.request({ method: "GET", url: "/api/caseload?level=2&limit=200" }))
      .json<{ items: { id: string; change: number }[] }>()
      .items.map((i) => i.id);
    expect(ids.indexOf(rose)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(rose)).toBeLessThan(ids.indexOf(fell));
  });

  it("the caseload pages without gaps, filters by level and type, and matches each picture", async () => {
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    type Item = {
      id: string;
      level: number;
      reasons: number;
      byType: { sexual: number; criminal: number; labour: number } | null;
    };
    const all = (await lead.request({ method: "GET", url: "/api/caseload?limit=200" })).json<{
      items: Item[];
    }>().items;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Item[]; nextCursor: string | null } = (
        await lead.request({
          method: "GET",
          url: `/api/caseload?limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        })
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((i) => i.id));
    for (const bad of ["garbage", Buffer.from('{"level":1}').toString("base64url")]) {
      const res = await lead.request({ method: "GET", url: `/api/caseload?cursor=${bad}` });
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toMatch(/problem\+json/);
    }

    for (const item of all) {
      const picture = (
        await lead.request({ method: "GET", url: `/api/youths/${item.id}/picture` })
      ).json<{
        level: number;
        reasons: { level: number }[];
        byType: Record<"sexual" | "criminal" | "labour", { level: number }>;
      }>();
      expect(item.level).toBe(picture.level);
      if (item.byType === null) {
        // Not computed yet (a youth without signals): the picture is empty too.
        expect(picture.level).toBe(0);
        expect(picture.reasons.filter((r) => r.level > 0)).toEqual([]);
        continue;
      }
      expect(item.byType).toEqual({
        sexual: picture.byType.sexual.level,
        criminal: picture.byType.criminal.level,
        labour: picture.byType.labour.level,
      });
      expect(item.reasons).toBe(picture.reasons.filter((r) => r.level > 0).length);
    }

    const level = all[0]?.level ?? 0;
    const atLevel = (
      await lead.request({ method: "GET", url: `/api/caseload?level=${level}&limit=200` })
    ).json<{ items: Item[] }>().items;
    expect(atLevel.map((i) => i.id)).toEqual(all.filter((i) => i.level === level).map((i) => i.id));
    const criminal = (
      await lead.request({ method: "GET", url: "/api/caseload?type=criminal&limit=200" })
    ).json<{ items: Item[] }>().items;
    expect(criminal.length).toBeGreaterThan(0);
    expect(criminal.map((i) => i.id)).toEqual(
      all.filter((i) => (i.byType?.criminal ?? 0) >= 2).map((i) => i.id),
    );
  });
});
