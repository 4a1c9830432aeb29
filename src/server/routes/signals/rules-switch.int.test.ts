import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildYouth, orgId, registerYouthAs } from "../../../../test/factories.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { buildRulesV2 } from "../../../domain/picture/index.js";
import { recomputeAllPictures } from "../../../services/picture/recompute-all.js";
import { describeMove } from "../../../cli-extra.js";

/**
 * Switching a deployment from rule set v1 to v2 (issue 13): the recompute reports per youth what
 * moved and why, a level that falls only because of the new rules says so on the picture with the
 * old level, rises notify the circle as usual, and stored pictures keep their rule version.
 */
describe.each(TEST_DATABASES)("switching the picture from v1 to v2 (%s)", (kind) => {
  const NOW = new Date("2026-11-29T10:00:00Z");
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW, pictureRules: { base: "v1" } });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function youthWith(indicatorIds: string[]) {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const youthId = await registerYouthAs(
      mentor,
      buildYouth(await orgId(t.app, mentor, "COA Zutphen")),
    );
    const res = await mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: {
        indicatorIds,
        observedAt: "2026-11-20",
        source: "own_observation",
        facts: "Gezien op de locatie, in de avond.",
      },
    });
    expect(res.statusCode).toBe(201);
    return { mentor, youthId };
  }

  it("reports each move with its rules, marks a fall by new rules, and keeps the version", async () => {
    // Problem behaviour with one criminal signal: v1's per-type rule made it a suspicion; v2 asks
    // for a signal of the exploitation itself, so it is concern.
    const fall = await youthWith([
      "crim.sent-to-locations",
      "behav.theft",
      "behav.offences-with-others",
    ]);
    // Debt bondage alone: v1 counted control only beside a specific signal (1); v2: suspicion.
    const rise = await youthWith(["other.debt-bondage"]);
    const before = await fall.mentor.request({ url: `/api/youths/${fall.youthId}/picture` });
    expect(before.json()).toMatchObject({ level: 3, rulesVersion: "v1" });

    const v2 = { ...t.deps, rules: buildRulesV2() };
    const report = await recomputeAllPictures(v2);
    const fell = report.moves.find((m) => m.youthId === fall.youthId);
    expect(fell).toMatchObject({ from: 3, to: 2, rulesFrom: "v1", rulesTo: "v2" });
    expect(fell?.decidedBefore).toContain("ilo-element");
    expect(fell?.decidedNow).toEqual(
      expect.arrayContaining(["indicators-across-categories", "specific-indicator"]),
    );
    expect(describeMove(fell as NonNullable<typeof fell>)).toMatch(
      /level 3 → 2 \(rules v1 → v2; was ilo-element.*; now /,
    );
    expect(report.moves.find((m) => m.youthId === rise.youthId)).toMatchObject({
      from: 1,
      to: 3,
      decidedNow: ["describes-exploitation"],
    });

    const after = (
      await fall.mentor.request({ url: `/api/youths/${fall.youthId}/picture` })
    ).json();
    expect(after).toMatchObject({
      level: 2,
      rulesVersion: "v2",
      rulesChanged: { fromVersion: "v1", toVersion: "v2", fromLevel: 3 },
    });
    expect(after.history.map((h: { rulesVersion: string }) => h.rulesVersion)).toEqual(
      expect.arrayContaining(["v1", "v2"]),
    );
    // A rise is no rules change to explain: the circle hears of it as of any rise.
    const risen = (
      await rise.mentor.request({ url: `/api/youths/${rise.youthId}/picture` })
    ).json();
    expect(risen.level).toBe(3);
    expect(risen.rulesChanged).toBeUndefined();
    const notes = await rise.mentor.request({ url: "/api/notifications" });
    expect(
      notes
        .json()
        .items.some(
          (n: { kind: string; youth: { id: string } | null }) =>
            n.kind === "level_rise" && n.youth?.id === rise.youthId,
        ),
    ).toBe(true);

    // The mark stays while the level stands, and goes when the level changes for another reason.
    await recomputeAllPictures(v2);
    const again = (
      await fall.mentor.request({ url: `/api/youths/${fall.youthId}/picture` })
    ).json();
    expect(again.rulesChanged).toMatchObject({ fromLevel: 3 });
  });
});
