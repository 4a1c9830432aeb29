import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { completeModule } from "../../../../test/training-helpers.js";
import type { DashboardView } from "../../../shared/training-dashboard.schema.js";
import { trainingContent } from "../../../services/training/load-training.js";

const NOW = new Date("2026-11-29T10:00:00.000Z");

describe.each(TEST_DATABASES)("training dashboard, records and access (%s)", (kind) => {
  let t: TestApp;
  let orgIds: Map<string, string>;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    const orgs = await t.deps.db.selectFrom("organisations").select(["id", "name"]).execute();
    orgIds = new Map(orgs.map((o) => [o.name, o.id]));
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const m7 = trainingContent(t.deps).modules.find((m) => m.id === "m7-case");
    if (!m7) throw new Error("m7 missing");
    await completeModule(mentor, m7, 1);
  });
  afterAll(() => t.close());

  const org = (name: string): string => {
    const id = orgIds.get(name);
    if (!id) throw new Error(`no organisation ${name}`);
    return id;
  };
  const dashboard = async (role: string, query = "") => {
    const s = await loginAs(t.app, demoEmail(role));
    return s.request({ method: "GET", url: `/api/training/dashboard${query}` });
  };

  it("a mentor who completes module 7 is counted on their team lead's dashboard", async () => {
    const res = await dashboard("team_lead");
    expect(res.statusCode).toBe(200);
    const view = res.json<DashboardView>();
    expect(view.scope).toBe("organisation");
    expect(view.organisations.map((o) => o.name)).toEqual(["COA Zutphen"]);
    expect(view.organisations[0]).toMatchObject({ elearning: 1, programmeCompleted: 0 });
    expect(view.months.find((m) => m.month === "2026-11")).toMatchObject({ elearning: 1 });
    expect(view.modules.find((m) => m.moduleId === "m7-case")).toMatchObject({
      started: 1,
      completed: 1,
      completionRate: 1,
    });
    expect(view.weakestQuestions[0]).toMatchObject({ moduleId: "m7-case", correctRate: 0 });
  });

  it("a team lead of another location sees only their own organisation, without the mentor", async () => {
    const view = (await dashboard("team_lead.terapel")).json<DashboardView>();
    expect(view.organisations.map((o) => o.name)).toEqual(["COA Ter Apel"]);
    expect(view.totals.elearning).toBe(0);
    expect(view.weakestQuestions).toEqual([]);
  });

  it("classroom trainings recorded by a trainer count in the figures per organisation and type", async () => {
    const trainer = await loginAs(t.app, demoEmail("trainer"));
    const sessions = [
      { organisationId: org("COA Zutphen"), heldOn: "2025-03-12", participants: 83 },
      { organisationId: org("COA Ter Apel"), heldOn: "2025-06-10", participants: 80 },
      { organisationId: org("Nidos regio Oost"), heldOn: "2025-11-24", participants: 197 },
    ];
    for (const payload of sessions) {
      const res = await trainer.request({
        method: "POST",
        url: "/api/training/classroom-trainings",
        payload,
      });
      expect(res.statusCode).toBe(201);
    }
    const view = (await dashboard("trainer", "?year=2025")).json<DashboardView>();
    expect(view.scope).toBe("all");
    expect(view.totals).toMatchObject({ classroom: 360, total: 360 });
    const types = new Map(view.organisationTypes.map((x) => [x.type, x.classroom]));
    expect(types.get("coa_location")).toBe(163);
    expect(types.get("nidos_region")).toBe(197);
    expect(view.months.find((m) => m.month === "2025-11")).toMatchObject({ classroom: 197 });
    const audit = await t.deps.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "training.classroom")
      .execute();
    expect(audit).toHaveLength(3);
  });

  it("a researcher gets aggregates only: small cells as '< 10' and no names", async () => {
    const res = await dashboard("researcher", "?year=2025");
    expect(res.statusCode).toBe(200);
    const view = res.json<DashboardView>();
    expect(view).toMatchObject({ scope: "aggregates", suppressed: true });
    const zutphen = view.organisations.find((o) => o.name === "COA Zutphen");
    expect(zutphen).toMatchObject({ classroom: 83, elearning: "< 10", refresherDue: "< 10" });
    expect(res.body).not.toContain("Sanne de Vries");
    const now = (await dashboard("researcher")).json<DashboardView>();
    expect(now.modules.find((m) => m.moduleId === "m7-case")).toMatchObject({
      started: "< 10",
      completionRate: null,
    });
    expect(now.weakestQuestions).toEqual([]);
    const records = await (
      await loginAs(t.app, demoEmail("researcher"))
    ).request({
      method: "GET",
      url: "/api/training/records",
    });
    expect(records.statusCode).toBe(403);
  });

  it.each(["mentor", "guardian", "school", "privacy_officer", "org_admin"])(
    "a %s cannot see the dashboard or its CSV (403)",
    async (role) => {
      const s = await loginAs(t.app, demoEmail(role));
      expect((await s.request({ method: "GET", url: "/api/training/dashboard" })).statusCode).toBe(
        403,
      );
      expect(
        (await s.request({ method: "GET", url: "/api/training/dashboard.csv" })).statusCode,
      ).toBe(403);
    },
  );

  it("the CSV export has the figures, defuses formulas and is logged", async () => {
    const s = await loginAs(t.app, demoEmail("trainer"));
    const res = await s.request({
      method: "GET",
      url: "/api/training/dashboard.csv?year=2025&lang=en",
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.body).toContain("Organisation;Type;Classroom");
    expect(res.body).toMatch(/Nidos regio Oost;nidos_region;197;0;0;197/);
    const rows = await t.deps.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "training.export")
      .where("actor_id", "=", s.userId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("a team lead sees named records of their own organisation only", async () => {
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    const own = await lead.request({ method: "GET", url: "/api/training/records?limit=50" });
    expect(own.statusCode).toBe(200);
    const body = own.json<{ items: { displayName: string; completedCount: number }[] }>();
    expect(body.items.find((i) => i.displayName === "Sanne de Vries")?.completedCount).toBe(1);
    const other = await lead.request({
      method: "GET",
      url: `/api/training/records?organisationId=${org("COA Ter Apel")}`,
    });
    expect(other.statusCode).toBe(403);
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    expect((await mentor.request({ method: "GET", url: "/api/training/records" })).statusCode).toBe(
      403,
    );
  });

  it("only trainers record classroom trainings, and bad input is a 400", async () => {
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    const payload = { organisationId: org("COA Zutphen"), heldOn: "2025-01-10", participants: 5 };
    const refused = await lead.request({
      method: "POST",
      url: "/api/training/classroom-trainings",
      payload,
    });
    expect(refused.statusCode).toBe(403);
    const trainer = await loginAs(t.app, demoEmail("trainer"));
    for (const bad of [
      { ...payload, participants: 0 },
      { ...payload, heldOn: "2025-02-30" },
      { ...payload, heldOn: "2027-01-01" },
      { ...payload, extra: true },
      { ...payload, organisationId: "00000000-0000-4000-8000-000000000000" },
    ]) {
      const res = await trainer.request({
        method: "POST",
        url: "/api/training/classroom-trainings",
        payload: bad,
      });
      expect(res.statusCode).toBe(400);
    }
    const list = await trainer.request({
      method: "GET",
      url: "/api/training/classroom-trainings?year=2025&limit=2",
    });
    expect(list.json()).toMatchObject({ total: 3, limit: 2 });
    expect(list.json().items).toHaveLength(2);
  });

  it("with a refresher interval an old completion shows as refresher due", async () => {
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    const url = `/api/training/organisations/${org("COA Zutphen")}/refresher`;
    const other = `/api/training/organisations/${org("COA Ter Apel")}/refresher`;
    expect(
      (await lead.request({ method: "PUT", url: other, payload: { months: 12 } })).statusCode,
    ).toBe(403);
    expect((await lead.request({ method: "PUT", url, payload: { months: 0 } })).statusCode).toBe(
      400,
    );
    const set = await lead.request({ method: "PUT", url, payload: { months: 12 } });
    expect(set.json()).toEqual({ organisationId: org("COA Zutphen"), months: 12 });
    t.clock.advance(400 * 86_400_000);
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const list = await mentor.request({ method: "GET", url: "/api/training/modules" });
    const m7 = list.json().modules.find((m: { id: string }) => m.id === "m7-case");
    expect(m7.progress.status).toBe("refresher_due");
    expect(list.json().refresherMonths).toBe(12);
    const view = (await dashboard("team_lead", "?year=2026")).json<DashboardView>();
    expect(view.organisations[0]).toMatchObject({ refresherDue: 1, refresherMonths: 12 });
    const audit = await t.deps.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "training.settings")
      .execute();
    expect(audit).toHaveLength(1);
  });
});
