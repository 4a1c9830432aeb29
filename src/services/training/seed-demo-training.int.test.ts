import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/test-app.js";
import { TEST_DATABASES } from "../../../test/test-db.js";
import { verifyAuditChain } from "../../db/repositories/audit-verify.repository.js";
import { findUserByEmail } from "../../db/repositories/user.repository.js";
import { DEMO_ORGANISATIONS, DEMO_USERS } from "../demo/demo-organisations.js";
import type { DemoWorld } from "../demo/seed-demo-youths.js";
import { findModules } from "./find-modules.js";
import { getDashboard } from "./get-dashboard.js";
import { seedDemoTraining } from "./seed-demo-training.js";

const NOW = new Date("2026-11-29T10:00:00.000Z");

describe.each(TEST_DATABASES)("demo training seed (%s)", (kind) => {
  let t: TestApp;
  let world: DemoWorld;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    const orgs = await t.deps.db.selectFrom("organisations").select(["id", "name"]).execute();
    const orgIds = new Map(
      DEMO_ORGANISATIONS.map((o) => [o.key, orgs.find((x) => x.name === o.name)?.id ?? ""]),
    );
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS)
      userIds.set(u.email, (await findUserByEmail(t.deps.db, u.email))?.id ?? "");
    world = { orgIds, userIds, now: NOW };
    await seedDemoTraining(t.deps, world);
  });
  afterAll(() => t.close());

  const ctxOf = async (email: string) => {
    const user = await findUserByEmail(t.deps.db, email);
    if (!user) throw new Error(email);
    return {
      actor: {
        userId: user.id,
        roles: JSON.parse(user.roles) as ["trainer"],
        organisationId: user.organisation_id,
      },
      actorRole: null,
      ip: null,
      client: null,
      requestId: "test",
      now: NOW,
    };
  };

  it("reproduces the seed's 2025 figures: COA 163 + Nidos 197 = 360 trained in classrooms", async () => {
    const view = await getDashboard(t.deps, await ctxOf("trainer@demo.inzicht.test"), {
      year: 2025,
      lang: "nl",
    });
    const types = new Map(view.organisationTypes.map((x) => [x.type, x.classroom]));
    expect(types.get("coa_location")).toBe(163);
    expect(types.get("nidos_region")).toBe(197);
    expect(view.totals.classroom).toBe(360);
  });

  it("gives demo users realistic progress, and leaves the mentor untouched", async () => {
    const guardian = await findModules(t.deps, await ctxOf("guardian@demo.inzicht.test"), {
      lang: "nl",
    });
    expect(guardian.allCompleted).toBe(true);
    const lead = await findModules(t.deps, await ctxOf("team_lead@demo.inzicht.test"), {
      lang: "nl",
    });
    expect(lead.modules.every((m) => m.progress.status === "refresher_due")).toBe(true);
    const mentor = await findModules(t.deps, await ctxOf("mentor@demo.inzicht.test"), {
      lang: "nl",
    });
    expect(mentor.modules.every((m) => m.progress.status === "not_started")).toBe(true);
  });

  it("is idempotent and keeps the audit chain intact", async () => {
    await seedDemoTraining(t.deps, world);
    const sessions = await t.deps.db
      .selectFrom("training_classroom_sessions")
      .select("id")
      .execute();
    expect(sessions).toHaveLength(11);
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
  });
});
