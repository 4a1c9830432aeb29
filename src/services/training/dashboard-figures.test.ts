import { describe, expect, it } from "vitest";
import { csvCell, dashboardCsv } from "./dashboard-csv.js";
import { peopleFigures } from "./dashboard-figures.js";

const completion = (user: string, org: string, module: string, at: string) => ({
  user_id: user,
  organisation_id: org,
  module_id: module,
  completed_at: at,
  last_passed_at: at,
});

describe("people figures", () => {
  const now = new Date("2026-06-01T00:00:00.000Z");
  const figures = peopleFigures({
    completions: [
      completion("u1", "coa", "m1", "2025-03-02T10:00:00.000Z"),
      completion("u1", "coa", "m2", "2025-04-02T10:00:00.000Z"),
      completion("u2", "coa", "m1", "2024-12-30T10:00:00.000Z"),
      completion("u2", "coa", "m2", "2025-01-05T10:00:00.000Z"),
      completion("u3", "nidos", "m1", "2025-03-20T10:00:00.000Z"),
    ],
    classroom: [
      { organisation_id: "coa", held_on: "2025-03-12", participants: 83 },
      { organisation_id: "nidos", held_on: "2025-11-24", participants: 197 },
    ],
    moduleCount: 2,
    refresherMonths: new Map([["coa", 12]]),
    year: 2025,
    now,
  });

  it("counts each professional once, on the date of their first module and of the whole programme", () => {
    expect(figures.byOrganisation.get("coa")).toEqual({
      classroom: 83,
      elearning: 1,
      programmeCompleted: 2,
      total: 85,
      refresherDue: 2,
    });
    expect(figures.byOrganisation.get("nidos")).toMatchObject({ elearning: 1, total: 197 });
  });

  it("spreads the figures over the twelve months of the year", () => {
    expect(figures.byMonth.size).toBe(12);
    expect(figures.byMonth.get("2025-03")).toMatchObject({ classroom: 83, elearning: 2 });
    expect(figures.byMonth.get("2025-04")).toMatchObject({ programmeCompleted: 1 });
    const sum = [...figures.byMonth.values()].reduce((n, m) => n + m.total, 0);
    expect(sum).toBe(83 + 197 + 2);
  });
});

describe("dashboard CSV", () => {
  it.each([
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["-1+1", "'-1+1"],
    ["a;b", '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    [12, "12"],
    [null, ""],
  ] as const)("writes %j as %s", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("starts with a BOM and names the year", () => {
    const csv = dashboardCsv(
      {
        scope: "all",
        year: 2025,
        suppressed: false,
        totals: { classroom: 0, elearning: 0, programmeCompleted: 0, total: 0 },
        organisations: [],
        organisationTypes: [],
        months: [],
        modules: [],
        weakestQuestions: [],
      },
      "nl",
    );
    expect(csv.startsWith("\uFEFFJaar;2025\r\n")).toBe(true);
  });
});
