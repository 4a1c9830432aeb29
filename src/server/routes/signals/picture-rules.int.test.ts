import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildYouth, orgId, registerYouthAs } from "../../../../test/factories.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

/** A deployment that keeps acute signals "acute" for 30 days instead of 7 (INZICHT_PICTURE_RULES). */
describe.each(TEST_DATABASES)("a deployment's own picture thresholds (%s)", (kind) => {
  const NOW = new Date("2026-11-29T10:00:00Z");
  const apps: Record<"standard" | "regional", TestApp | undefined> = {
    standard: undefined,
    regional: undefined,
  };

  beforeAll(async () => {
    apps.standard = await createTestApp(kind, { now: NOW });
    apps.regional = await createTestApp(kind, {
      now: NOW,
      pictureRules: { acuteWindowDays: 30, contextObservers: 3 },
    });
  });
  afterAll(async () => {
    await apps.standard?.close();
    await apps.regional?.close();
  });

  /** Records a threat seen 20 days ago and returns the stored level and rule set name. */
  async function threatTwentyDaysAgo(t: TestApp) {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const youthId = await registerYouthAs(
      mentor,
      buildYouth(await orgId(t.app, mentor, "COA Zutphen")),
    );
    const res = await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: {
        indicatorIds: ["other.threats"],
        observedAt: "2026-11-09",
        source: "youth_told",
        facts: "Vertelt dat een man hem bedreigde bij het station.",
      },
    });
    expect(res.statusCode).toBe(201);
    return t.deps.db
      .selectFrom("youths")
      .select(["level", "rules_version"])
      .where("id", "=", youthId)
      .executeTakeFirstOrThrow();
  }

  it("changes the level for the same facts, and every stored picture names its rule set", async () => {
    const standard = await threatTwentyDaysAgo(apps.standard as TestApp);
    const regional = await threatTwentyDaysAgo(apps.regional as TestApp);
    expect(standard.rules_version).toBe("v2");
    // v2: an acute item past its 7-day window stays a suspicion; inside 30 days it is acute.
    expect(standard.level).toBe(3);
    expect(regional.level).toBe(4);
    expect(regional.rules_version).toBe("v2+acuteWindowDays=30,contextObservers=3");
  });
});
