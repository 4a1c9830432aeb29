import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findYouthRow } from "../src/db/repositories/youth.repository.js";
import { recomputePicture } from "../src/services/picture/recompute-picture.js";
import { addToCircle, buildYouth, orgId, registerYouthAs } from "./factories.js";
import { apiClient, json, listenOnLoopback, type ApiClient } from "./support/api-client.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "./test-app.js";
import { TEST_DATABASES } from "./test-db.js";

/**
 * Concurrency: requests that race for one dossier. On SQLite through `app.inject()`; on
 * PostgreSQL over real HTTP against a listening server, so the connection pool really runs the
 * transactions side by side.
 */
const NOW = new Date("2026-11-29T10:00:00Z");
const DAY = 86_400_000;

const SIGNAL_MIX = [
  "behav.out-at-night",
  "other.expensive-items",
  "crim.sent-to-locations",
  "lab.low-or-no-pay",
  "flight.debt-to-smuggler",
  "phys.exhausted",
  "other.debts",
  "crim.order-phone",
];

interface StoredPicture {
  level: number;
  reasons: { rule: string; signalIds: string[] }[];
}
/** Level and, per rule, the cited signal ids: what must match between stored and recomputed. */
const essence = (p: StoredPicture) => ({
  level: p.level,
  reasons: p.reasons
    .map((r) => ({ rule: r.rule, signalIds: [...r.signalIds].sort() }))
    .sort(
      (a, b) =>
        a.rule.localeCompare(b.rule) || a.signalIds.join().localeCompare(b.signalIds.join()),
    ),
});

class Rollback extends Error {}

describe.each(TEST_DATABASES)("concurrent requests on one dossier (%s)", (kind) => {
  let t: TestApp;
  let mentor: ApiClient;
  let guardian: ApiClient;
  let zutphen: string;

  /** A fresh youth registered by the mentor, with the guardian in the circle. */
  const newYouth = async () => {
    const setup = await loginAs(t.app, demoEmail("mentor"));
    const id = await registerYouthAs(setup, buildYouth(zutphen, { arrivedAt: "2026-01-10" }));
    await addToCircle(setup, id, demoEmail("guardian"), "guardian");
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    const baseUrl = kind === "postgres" ? await listenOnLoopback(t.app) : undefined;
    mentor = await apiClient(t.app, demoEmail("mentor"), baseUrl);
    guardian = await apiClient(t.app, demoEmail("guardian"), baseUrl);
    zutphen = await orgId(t.app, await loginAs(t.app, demoEmail("mentor")), "COA Zutphen");
  });
  afterAll(() => t.close());

  it("20 simultaneous edits with the same version: exactly one wins, 19 get 409, the winner's change is stored", async () => {
    const youthId = await newYouth();
    const edits = Array.from({ length: 20 }, (_, i) => ({
      displayName: `Kandidaat ${String.fromCharCode(65 + i)} Rivaal`,
      nationality: `N${i}`,
    }));
    const answers = await Promise.all(
      edits.map((edit, i) =>
        (i % 2 === 0 ? mentor : guardian).call({
          method: "PATCH",
          url: `/api/youths/${youthId}`,
          payload: { version: 1, ...edit },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(
      statuses.filter((s) => s === 200),
      statuses.join(","),
    ).toHaveLength(1);
    expect(
      statuses.filter((s) => s === 409),
      statuses.join(","),
    ).toHaveLength(19);
    for (const a of answers.filter((x) => x.status === 409)) {
      expect(a.contentType).toContain("application/problem+json");
      expect(json<{ code: string }>(a).code).toBe("CONFLICT");
    }
    const winner = edits[statuses.indexOf(200)];
    const dossier = json<{ displayName: string; nationality: string; version: number }>(
      await mentor.call({ method: "GET", url: `/api/youths/${youthId}` }),
    );
    expect(dossier).toMatchObject({ ...winner, version: 2 });
    const updates = await t.deps.db
      .selectFrom("audit_log")
      .select("id")
      .where("youth_id", "=", youthId)
      .where("action", "=", "youth.update")
      .execute();
    expect(updates).toHaveLength(1);
  });

  it("30 simultaneous signals by two users are all stored, and the stored picture equals a fresh recompute", async () => {
    const youthId = await newYouth();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 === 0 ? mentor : guardian).call({
          method: "POST",
          url: `/api/youths/${youthId}/signals`,
          payload: {
            indicatorIds: [SIGNAL_MIX[i % SIGNAL_MIX.length]],
            observedAt: new Date(NOW.getTime() - (i % 20) * DAY).toISOString().slice(0, 10),
            source: i % 3 === 0 ? "youth_told" : "own_observation",
            facts: `Gelijktijdige waarneming nummer ${i} bij de locatie.`,
          },
        }),
      ),
    );
    expect(
      answers.map((a) => a.status),
      answers.map((a) => a.body.slice(0, 120)).join("\n"),
    ).toEqual(Array(30).fill(201));
    const ids = answers.map((a) => json<{ id: string }>(a).id).sort();
    const stored = await t.deps.db
      .selectFrom("signals")
      .select("id")
      .where("youth_id", "=", youthId)
      .execute();
    expect(stored.map((s) => s.id).sort()).toEqual(ids);

    const shown = json<StoredPicture>(
      await mentor.call({ method: "GET", url: `/api/youths/${youthId}/picture` }),
    );
    const row = await findYouthRow(t.deps.db, youthId);
    expect(row?.level).toBe(shown.level);
    expect(shown.level).toBeGreaterThanOrEqual(2);
    expect(shown.reasons.flatMap((r) => r.signalIds).every((id) => ids.includes(id))).toBe(true);

    // A fresh recompute in a new transaction (rolled back: the check changes nothing).
    let fresh: StoredPicture | undefined;
    await t.deps.db
      .transaction()
      .execute(async (trx) => {
        await recomputePicture(trx, t.deps, youthId, t.clock.now, "test.verify");
        const after = await findYouthRow(trx, youthId);
        fresh = JSON.parse(after?.picture ?? "null") as StoredPicture;
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
    if (!fresh) throw new Error("no recomputed picture");
    expect(essence(shown)).toEqual(essence(fresh));
  });

  it("simultaneous dossier edits and signals on one youth neither deadlock nor fail", async () => {
    const youthId = await newYouth();
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 3 === 0
          ? mentor.call({
              method: "PATCH",
              url: `/api/youths/${youthId}`,
              payload: { version: 1 + Math.floor(i / 3), nationality: `N${i}` },
            })
          : (i % 2 === 0 ? mentor : guardian).call({
              method: "POST",
              url: `/api/youths/${youthId}/signals`,
              payload: {
                indicatorIds: [SIGNAL_MIX[i % SIGNAL_MIX.length]],
                observedAt: "2026-11-20",
                source: "own_observation",
                facts: `Waarneming ${i} terwijl het dossier wordt bewerkt.`,
              },
            }),
      ),
    );
    const failed = answers.filter((a) => a.status >= 500 || ![200, 201, 409].includes(a.status));
    expect(failed.map((a) => `${a.status} ${a.body.slice(0, 200)}`)).toEqual([]);
    const signals = answers.filter((a) => a.status === 201).length;
    expect(signals).toBe(16);
    const stored = await t.deps.db
      .selectFrom("signals")
      .select("id")
      .where("youth_id", "=", youthId)
      .execute();
    expect(stored).toHaveLength(16);
  });
});
