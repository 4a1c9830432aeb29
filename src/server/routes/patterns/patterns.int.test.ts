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
import { createUser } from "../../../services/users/create-user.js";
import { systemContext } from "../../../services/system-context.js";
import type { PatternsResponse } from "../../../shared/pattern.schema.js";

const NOW = new Date("2026-11-29T10:00:00Z");
const NUMBER = "+31612345678";

/**
 * Patterns across youths (issue 25): three youths in two regions share one phone number written
 * three ways. The care coordinator of Oost sees the two Zutphen youths in their reach with the
 * signals, and only a content-free match in Noord with whom to contact there.
 */
describe.each(TEST_DATABASES)("patterns across youths (%s)", (kind) => {
  let t: TestApp;
  let mentor: Session;
  let terApelMentor: Session;
  let coordinator: Session;
  let oost: string[];
  let noord: string;
  const signalIds = new Map<string, string>();

  const recordWith = async (s: Session, youthId: string, phone: string) => {
    const res = await s.request({
      method: "POST",
      url: `/api/youths/${youthId}/signals`,
      payload: {
        indicatorIds: ["crim.threatened-by-phone"],
        observedAt: "2026-11-20",
        source: "youth_told",
        facts: "Wordt steeds gebeld door een man die zegt dat hij moet komen werken.",
        entities: [
          { kind: "phone", value: phone },
          { kind: "person_name", value: `Oom ${youthId.slice(0, 4)}` },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    signalIds.set(youthId, res.json<{ id: string }>().id);
  };
  const patterns = async (s: Session, query = "") => {
    const res = await s.request({ method: "GET", url: `/api/patterns${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<PatternsResponse>();
  };
  const phonePattern = (r: PatternsResponse) => r.items.find((p) => p.value === NUMBER);

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    mentor = await loginAs(t.app, demoEmail("mentor"));
    terApelMentor = await loginAs(t.app, demoEmail("mentor.terapel"));
    coordinator = await loginAs(t.app, demoEmail("care_coordinator"));
    const zutphen = await orgId(t.app, mentor, "COA Zutphen");
    const terApel = await orgId(t.app, mentor, "COA Ter Apel");
    oost = [];
    for (let i = 0; i < 2; i++) {
      const id = await registerYouthAs(mentor, buildYouth(zutphen));
      await addToCircle(mentor, id, demoEmail("care_coordinator"), "care_coordinator");
      oost.push(id);
    }
    noord = await registerYouthAs(terApelMentor, buildYouth(terApel));
    // The region Noord has its own care coordinator: the one to contact.
    const admin = await loginAs(t.app, demoEmail("system_admin"));
    const created = await admin.request({
      method: "POST",
      url: "/api/admin/organisations",
      payload: { name: "Zorgcoördinatie Noord", type: "care_region", region: "Noord" },
    });
    expect(created.statusCode, created.body).toBe(201);
    await createUser(t.deps, systemContext(NOW), {
      email: "coordinator.noord@demo.inzicht.test",
      displayName: "Wietske Bos",
      roles: ["care_coordinator"],
      organisationId: created.json<{ id: string }>().id,
      password: "a-long-enough-password",
    });
    const [a, b] = oost;
    if (!a || !b) throw new Error("no youths");
    await recordWith(mentor, a, "06-12345678");
    await recordWith(mentor, b, "+31612345678");
    await recordWith(terApelMentor, noord, "0031 6 1234 5678");
  });
  afterAll(() => t.close());

  it("the number written three ways is stored once normalised, encrypted, with one blind index", async () => {
    const rows = await t.deps.db
      .selectFrom("signal_entities")
      .selectAll()
      .where("kind", "=", "phone")
      .where("youth_id", "in", [...oost, noord])
      .execute();
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.value_idx)).size).toBe(1);
    for (const r of rows) expect(r.value_enc).not.toContain("612345678");
  });

  it("the Oost coordinator sees the two youths in reach with their signals, and a content-free match in Noord", async () => {
    const p = phonePattern(await patterns(coordinator));
    expect(p).toBeDefined();
    expect(p?.kind).toBe("phone");
    expect(p?.youthCount).toBe(3);
    expect(p?.youths.map((y) => y.youthId).sort()).toEqual([...oost].sort());
    expect(p?.youths.flatMap((y) => y.signals.map((s) => s.signalId)).sort()).toEqual(
      oost.map((id) => signalIds.get(id)).sort(),
    );
    expect(p?.youths[0]?.signals[0]?.recordedBy).toMatchObject({
      name: "Sanne de Vries",
      organisation: "COA Zutphen",
    });
    expect(p?.elsewhere).toEqual([
      {
        region: "Noord",
        youthCount: 1,
        contacts: [
          {
            name: "Wietske Bos",
            organisation: "Zorgcoördinatie Noord",
            email: "coordinator.noord@demo.inzicht.test",
          },
        ],
      },
    ]);
    // Nothing of the Noord youth: no id, no signal, no name.
    const body = JSON.stringify(p);
    expect(body).not.toContain(noord);
    expect(body).not.toContain(signalIds.get(noord) ?? "none");
    // Names unique per youth are no pattern.
    const r = await patterns(coordinator);
    expect(r.region).toBe("Oost");
    expect(r.items.filter((i) => i.kind === "person_name")).toEqual([]);
  });

  it("the demo world has a pattern: Amir and Mariam in reach, one youth in Noord", async () => {
    const p = (await patterns(coordinator)).items.find((i) => i.value === "+31698765432");
    expect(p?.youths.map((y) => y.displayName).sort()).toEqual(["Amir K.", "Mariam S."]);
    expect(p?.elsewhere.map((e) => [e.region, e.youthCount])).toEqual([["Noord", 1]]);
  });

  it("every view is in the access log, one entry per youth shown, without the number", async () => {
    const before = await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "pattern.read")
      .execute();
    await patterns(coordinator);
    const after = await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "pattern.read")
      .execute();
    const fresh = after.slice(before.length);
    expect(fresh.map((e) => e.youth_id).sort()).toEqual(expect.arrayContaining([...oost].sort()));
    expect(fresh.map((e) => e.youth_id)).not.toContain(noord);
    expect(JSON.stringify(fresh)).not.toContain("612345678");
  });

  it("on a dossier the coordinator sees the patterns of that youth only", async () => {
    const [a] = oost;
    const r = await patterns(coordinator, `?youthId=${a}`);
    expect(r.items.map((p) => p.value)).toEqual([NUMBER]);
    // A youth outside the coordinator's reach is a logged 404, like one that does not exist.
    const res = await coordinator.request({ method: "GET", url: `/api/patterns?youthId=${noord}` });
    expect(res.statusCode).toBe(404);
  });

  it.each(["mentor", "guardian", "team_lead", "researcher", "system_admin", "org_admin", "school"])(
    "a %s gets 404 problem+json on patterns, and the attempt is logged",
    async (role) => {
      const s = await loginAs(t.app, demoEmail(role));
      const denied = () =>
        t.deps.db
          .selectFrom("audit_log")
          .select(["actor_id", "outcome"])
          .where("action", "=", "pattern.denied")
          .execute();
      const before = (await denied()).length;
      const res = await s.request({ method: "GET", url: "/api/patterns" });
      expect(res.statusCode).toBe(404);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      const fresh = (await denied()).slice(before);
      expect(fresh).toEqual([{ actor_id: s.userId, outcome: "denied" }]);
    },
  );

  it("a pattern never changes a picture level", async () => {
    const levels = await t.deps.db
      .selectFrom("youths")
      .select(["id", "level"])
      .where("id", "in", oost)
      .execute();
    await patterns(coordinator);
    const again = await t.deps.db
      .selectFrom("youths")
      .select(["id", "level"])
      .where("id", "in", oost)
      .execute();
    expect(again).toEqual(levels);
  });

  it("an entity that is not valid for its kind is a 400, and nothing is stored", async () => {
    const [a] = oost;
    const res = await mentor.request({
      method: "POST",
      url: `/api/youths/${a}/signals`,
      payload: {
        indicatorIds: ["behav.out-at-night"],
        observedAt: "2026-11-20",
        source: "own_observation",
        facts: "Kwam om 03:00 terug op de locatie.",
        entities: [{ kind: "nationality", value: "SY" }],
      },
    });
    expect(res.statusCode).toBe(400);
    const bad = await mentor.request({
      method: "POST",
      url: `/api/youths/${a}/signals`,
      payload: {
        indicatorIds: ["behav.out-at-night"],
        observedAt: "2026-11-20",
        source: "own_observation",
        facts: "Kwam om 03:00 terug op de locatie.",
        entities: [{ kind: "phone", value: "bel me" }],
      },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("a retracted signal drops out of the pattern", async () => {
    const [, b] = oost;
    if (!b) throw new Error("no youth");
    const res = await mentor.request({
      method: "POST",
      url: `/api/youths/${b}/signals/${signalIds.get(b)}/retraction`,
      payload: { reason: "Bleek een ander nummer te zijn." },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    const p = phonePattern(await patterns(coordinator));
    expect(p?.youthCount).toBe(2);
    expect(p?.youths.map((y) => y.youthId)).toEqual([oost[0]]);
    expect(p?.elsewhere.map((e) => e.region)).toEqual(["Noord"]);
    // With the Noord signal retracted too, nothing is shared any more.
    const n = await terApelMentor.request({
      method: "POST",
      url: `/api/youths/${noord}/signals/${signalIds.get(noord)}/retraction`,
      payload: { reason: "Verkeerd genoteerd nummer." },
    });
    expect(n.statusCode, n.body).toBeLessThan(300);
    expect(phonePattern(await patterns(coordinator))).toBeUndefined();
  });
});
