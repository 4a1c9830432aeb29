import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../services/demo/seed-demo.js";
import type { FigureTable, StatisticsOverview } from "../../../shared/statistics.schema.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

/**
 * Issue 23: anonymous statistics from the demo's made-up population (80 youths at two demo
 * locations). Researchers see the country, team leads their own organisation; every number
 * is about at least 10 youths or shows "< 10"; the statistics table holds no youth or user id.
 */
describe.each(TEST_DATABASES)("anonymous statistics (%s)", (kind) => {
  let t: TestApp;
  let researcher: Session;
  const figure = async (s: Session, id: string, query = "") =>
    s.request({ method: "GET", url: `/api/statistics/figures/${id}${query}` });

  beforeAll(async () => {
    t = await createTestApp(kind, { seed: false });
    await seedDemo(t.deps, { training: false });
    researcher = await loginAs(t.app, demoEmail("researcher"));
  }, 120_000);
  afterAll(() => t.close());

  it("shows the researcher the whole country, with the last computation", async () => {
    const res = await researcher.request({ method: "GET", url: "/api/statistics?lang=en" });
    expect(res.statusCode).toBe(200);
    const view = res.json<StatisticsOverview>();
    expect(view.scope).toBe("all");
    expect(view.run).toMatchObject({ threshold: 10, rulesVersion: t.deps.rules.version });
    const labels = view.locations.map((l) => l.label);
    expect(labels).toEqual(expect.arrayContaining(["All of the Netherlands", "Zuid", "West"]));
    expect(labels).toContain("COA Demo-statistiek Zuid");
  });

  it('publishes a number only where it is about at least 10 youths, otherwise "< 10"', async () => {
    const res = await figure(researcher, "signals-by-category");
    expect(res.statusCode).toBe(200);
    const table = res.json<FigureTable>();
    expect(typeof table.totals.total?.value).toBe("number");
    const cells = [...table.rows.flatMap((r) => [...r.cells, r.total]), ...table.totals.cells];
    for (const c of cells) {
      if (!c) continue;
      if (typeof c.subjects === "number") expect(c.subjects).toBeGreaterThanOrEqual(10);
      else expect(c).toMatchObject({ value: "< 10", subjects: "< 10", quartiles: null });
    }
    expect(cells.some((c) => c?.value === "< 10")).toBe(true);
    // Where a row and all its parts are shown, the parts add up to the row.
    for (const r of [...table.rows, { ...table.totals, breakdown: "*" }]) {
      if (!r.total || typeof r.total.value !== "number") continue;
      if (r.cells.every((c) => typeof c.value === "number"))
        expect(r.cells.reduce((s, c) => s + (c.value as number), 0)).toBe(r.total.value);
    }
  });

  it("gives quarters as columns of the level figure, and months inside one quarter", async () => {
    const levels = (await figure(researcher, "youths-by-level")).json<FigureTable>();
    expect(levels.hasTotalColumn).toBe(false);
    expect(levels.columns.every((c) => /^\d{4}-Q[1-4]$/.test(c))).toBe(true);
    const quarter = levels.columns.at(-1) ?? "";
    const months = (
      await figure(researcher, "signals-by-category", `?period=${quarter}`)
    ).json<FigureTable>();
    expect(months.columns).toHaveLength(3);
  });

  it("keeps a team lead to their own organisation: another area is a 404", async () => {
    const lead = await loginAs(t.app, demoEmail("team_lead"));
    const view = (
      await lead.request({ method: "GET", url: "/api/statistics" })
    ).json<StatisticsOverview>();
    expect(view.scope).toBe("organisation");
    expect(view.locations.map((l) => l.label)).toEqual(["COA Zutphen"]);
    const own = (await figure(lead, "signals-by-category")).json<FigureTable>();
    expect(own.location.label).toBe("COA Zutphen");
    const zuid = view.locations[0]?.node.replace(/^\*\/[^/]+/, "*/zuid") ?? "";
    expect((await figure(lead, "signals-by-category", "?location=*/zuid")).statusCode).toBe(404);
    expect((await figure(lead, "signals-by-category", `?location=${zuid}`)).statusCode).toBe(404);
  });

  it("refuses a mentor and an org admin, and bad filters with a 400", async () => {
    for (const role of ["mentor", "org_admin", "school"]) {
      const s = await loginAs(t.app, demoEmail(role));
      expect((await figure(s, "signals-by-category")).statusCode).toBe(403);
    }
    expect((await figure(researcher, "nationality")).statusCode).toBe(400);
    expect((await figure(researcher, "signals-by-category", "?location=DROP")).statusCode).toBe(
      400,
    );
    expect((await figure(researcher, "signals-by-category", "?period=2026-13")).statusCode).toBe(
      400,
    );
  });

  it("exports CSV with the same suppression and its metadata", async () => {
    const res = await figure(researcher, "signals-by-category", "/csv?lang=nl");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    const text = res.body;
    expect(text).toMatch(/# onderdrukking: elke cel over minder dan 10 jongeren/);
    expect(text).toMatch(
      new RegExp(`# regelset beeld: ${t.deps.rules.version.replace(/[+.]/g, "\\$&")}`),
    );
    expect(text).toContain('"< 10"');
  });

  it("stores aggregates only: no youth or user id in the statistics table", async () => {
    const cells = await t.deps.db.selectFrom("statistics_cells").selectAll().execute();
    expect(cells.length).toBeGreaterThan(100);
    const blob = JSON.stringify(cells);
    const youths = await t.deps.db.selectFrom("youths").select("id").execute();
    const users = await t.deps.db.selectFrom("users").select("id").execute();
    for (const { id } of [...youths, ...users]) expect(blob).not.toContain(id);
  });

  it("lets the system admin recompute now, logged; a researcher may not", async () => {
    const admin = await loginAs(t.app, demoEmail("system_admin"));
    const res = await admin.request({ method: "POST", url: "/api/statistics/runs" });
    expect(res.statusCode).toBe(201);
    expect(res.json<{ cells: number }>().cells).toBeGreaterThan(100);
    const logged = await t.deps.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "statistics.compute")
      .execute();
    expect(logged).toHaveLength(1);
    expect(
      (await researcher.request({ method: "POST", url: "/api/statistics/runs" })).statusCode,
    ).toBe(403);
  });
});
