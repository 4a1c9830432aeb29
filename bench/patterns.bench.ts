/**
 * Patterns (issue 25): the care coordinator's query across youths, as a ratio to an indexed
 * select by primary key in the same run. One mention per four signals of the preset (default
 * preset: 2,000,000 signals, 500,000 mentions), one in ten shared with another youth. Timed: the
 * blind-index match alone, and the full service `findPatterns` (region, the indexes in reach,
 * the match, grouping, reach of every matched youth, recorders, contacts elsewhere, decryption
 * and the access-log entries) for the patterns page and for one dossier's hint. SQLite only.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { createDeps } from "../src/bootstrap.js";
import { field } from "../src/db/encrypted-columns.js";
import { activeEntitiesByIndex } from "../src/db/repositories/pattern.repository.js";
import { entityIndex } from "../src/services/patterns/entity-index.js";
import { findPatterns } from "../src/services/patterns/find-patterns.js";
import type { Actor } from "../src/domain/policies.js";
import { generate, prng, type Scale } from "./generate.js";
import { record, timeMedian } from "./lib.js";

const CONFIG = {
  keys: [{ id: "b1", secret: "bench-secret-key-that-is-long-enough-01" }],
  session: { idleMinutes: 30, absoluteMinutes: 720 },
  demo: false,
  version: "bench",
  env: "test" as const,
};

export async function benchPatterns(scale: Scale): Promise<void> {
  console.log("\nPatterns");
  const dir = mkdtempSync(path.join(tmpdir(), "inzicht-bench-patterns-"));
  const { deps, handle } = await createDeps(CONFIG, {
    kind: "sqlite",
    file: path.join(dir, "p.db"),
  });
  try {
    await generate(deps.db, deps.crypto, deps.catalog, scale);
    const rnd = prng(25);
    const t0 = Date.now();
    const phones: string[] = [];
    let after = "";
    let count = 0;
    for (;;) {
      const batch = await deps.db
        .selectFrom("signals")
        .select(["id", "youth_id"])
        .where("id", ">", after)
        .orderBy("id")
        .limit(4000)
        .execute();
      if (batch.length === 0) break;
      after = batch[batch.length - 1]?.id ?? after;
      const rows = batch
        .filter((_, i) => i % 4 === 0)
        .map((s) => {
          const shared = rnd() < 0.1 && phones.length > 0;
          const phone = shared
            ? (phones[Math.floor(rnd() * phones.length)] ?? "+31600000000")
            : `+316${String(10_000_000 + Math.floor(rnd() * 89_999_999))}`;
          if (!shared && phones.length < 1000) phones.push(phone);
          const id = randomUUID();
          return {
            id,
            signal_id: s.id,
            youth_id: s.youth_id,
            kind: "phone",
            value_enc: deps.crypto.encrypt(phone, field("signal_entities", "value_enc", id)),
            value_idx: entityIndex(deps.crypto, "phone", phone),
            created_at: "2026-11-29T12:00:00Z",
          };
        });
      count += rows.length;
      await deps.db.insertInto("signal_entities").values(rows).execute();
    }
    record({
      section: "patterns",
      name: `sqlite: ${count} mentions on ${scale.signals} signals`,
      value: (Date.now() - t0) / 1000,
      unit: "s",
    });
    const someSignal = await deps.db.selectFrom("signals").select("id").executeTakeFirstOrThrow();
    const base = await timeMedian(50, () =>
      sql`select id from signals where id = ${someSignal.id}`.execute(deps.db),
    );
    const indexes = phones.slice(0, 20).map((p) => entityIndex(deps.crypto, "phone", p));
    const match = await timeMedian(30, () => activeEntitiesByIndex(deps.db, indexes));
    record({
      section: "patterns",
      name: "sqlite: match 20 numbers via the blind index",
      value: match,
      unit: "ms (median)",
      baseline: "select by primary key",
      ratio: match / base,
    });
    await benchService(deps, base);
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The full service as the care coordinator calls it. The generator puts its few coordinators in
 * circles at random, often outside their own region; so here a bench coordinator is added to
 * the care region where most youths are located, and put in the circle of up to 50 youths there
 * that have mentions (a regional caseload): the run measures a full page at every preset.
 */
async function benchService(
  deps: Awaited<ReturnType<typeof createDeps>>["deps"],
  base: number,
): Promise<void> {
  const busiest = await deps.db
    .selectFrom("youths as y")
    .innerJoin("organisations as lo", "lo.id", "y.location_id")
    .innerJoin("organisations as care", (j) =>
      j.onRef("care.region", "=", "lo.region").on("care.type", "=", "care_region"),
    )
    .select(["care.id", "care.region", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["care.id", "care.region"])
    .orderBy("n", "desc")
    .executeTakeFirst();
  if (!busiest?.region) {
    console.log("  patterns: no care region with youths at this preset");
    return;
  }
  const coordinator = { id: randomUUID(), organisation_id: busiest.id, region: busiest.region };
  await deps.db
    .insertInto("users")
    .values({
      id: coordinator.id,
      email: "care_coordinator.patterns@bench.inzicht.test",
      display_name: "Bench zorgcoördinator patronen",
      roles: '["care_coordinator"]',
      organisation_id: coordinator.organisation_id,
      password_hash: "not-a-login",
      totp_secret: null,
      status: "active",
      failed_logins: 0,
      locked_until: null,
      created_at: "2026-11-29T12:00:00Z",
      updated_at: "2026-11-29T12:00:00Z",
    })
    .execute();
  const caseload = await deps.db
    .selectFrom("youths as y")
    .innerJoin("organisations as lo", "lo.id", "y.location_id")
    .select("y.id")
    .where("lo.region", "=", coordinator.region)
    .where((eb) =>
      eb.exists(
        eb.selectFrom("signal_entities as e").select("e.id").whereRef("e.youth_id", "=", "y.id"),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("circle_members as m")
            .select("m.id")
            .whereRef("m.youth_id", "=", "y.id")
            .where("m.user_id", "=", coordinator.id),
        ),
      ),
    )
    .orderBy("y.id")
    .limit(50)
    .execute();
  if (caseload.length > 0)
    await deps.db
      .insertInto("circle_members")
      .values(
        caseload.map((y) => ({
          id: randomUUID(),
          youth_id: y.id,
          user_id: coordinator.id,
          relation: "care_coordinator",
          read_only: 0,
          access_until: null,
          added_by: coordinator.id,
          added_at: "2026-11-29T12:00:00Z",
          ended_at: null,
          ended_by: null,
          ended_reason_enc: null,
        })),
      )
      .execute();
  const actor: Actor = {
    userId: coordinator.id,
    roles: ["care_coordinator"],
    organisationId: coordinator.organisation_id,
  };
  const now = new Date("2026-11-29T12:00:00Z");
  const ctx = {
    actor,
    actorRole: "care_coordinator",
    ip: null,
    client: null,
    requestId: "bench",
    now,
  };
  const page = await findPatterns(deps, ctx);
  const youths = new Set(page.items.flatMap((p) => p.youths.map((y) => y.youthId)));
  const full = await timeMedian(30, () => findPatterns(deps, ctx));
  record({
    section: "patterns",
    name: "sqlite: findPatterns, the coordinator's page",
    value: full,
    unit: "ms (median)",
    baseline: "select by primary key",
    ratio: full / base,
    note: `${caseload.length} youths in the caseload, ${page.items.length} patterns, ${youths.size} youths shown`,
  });
  // A dossier's hint: the same service for one youth, on every dossier view of the coordinator.
  const youthId = page.items[0]?.youths[0]?.youthId;
  if (!youthId) return;
  const hint = await timeMedian(30, () => findPatterns(deps, ctx, { youthId }));
  record({
    section: "patterns",
    name: "sqlite: findPatterns for one dossier (the hint)",
    value: hint,
    unit: "ms (median)",
    baseline: "select by primary key",
    ratio: hint / base,
  });
}
