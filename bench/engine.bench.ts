/**
 * The picture engine: evaluation time for 10/100/500/1000 signals against a trivial pass over
 * the same input, and rule set v2 (the default) against v1 on the same input (issue 13: v2 may
 * cost at most v1 + 50 %, so that ratio should stay ≤ 1.5).
 */
import { loadCatalog } from "../src/services/catalog/load-catalog.js";
import {
  DEFAULT_RULES,
  evaluatePicture,
  indicatorFacts,
  RULES_V1,
  type PictureInput,
} from "../src/domain/picture/index.js";
import { prng } from "./generate.js";
import { record, timeMedian } from "./lib.js";

function input(n: number): PictureInput {
  const catalog = loadCatalog();
  const rnd = prng(n);
  const now = new Date("2026-11-29T12:00:00Z");
  const signals = Array.from({ length: n }, (_, i) => {
    const ind =
      catalog.indicators[Math.floor(rnd() * catalog.indicators.length)] ?? catalog.indicators[0];
    if (!ind) throw new Error("empty catalogue");
    return {
      id: `s${i}~${ind.id}`,
      ...indicatorFacts(ind),
      observerId: `u${Math.floor(rnd() * 6)}`,
      organisationId: `o${Math.floor(rnd() * 3)}`,
      source:
        (["own_observation", "youth_told", "third_party"] as const)[Math.floor(rnd() * 3)] ??
        "own_observation",
      observedAt: new Date(now.getTime() - Math.floor(rnd() * 500) * 86_400_000)
        .toISOString()
        .slice(0, 10),
      retracted: rnd() < 0.05,
    };
  });
  return {
    signals,
    vulnerabilities: catalog.vulnerabilities
      .filter((v) =>
        ["smuggling-debts", "no-school", "nearly-18", "trauma-violence"].includes(v.id),
      )
      .map((v) => ({ factorId: v.id, derived: false, sameAsIndicators: v.sameAsIndicators })),
    missingEpisodes: [],
    judgements: [],
    safetyAlerts: [],
    now: now.toISOString(),
  };
}

/** Baseline: one pass that counts signals per category (what any aggregation must at least do). */
function baseline(i: PictureInput): number {
  const m = new Map<string, number>();
  for (const s of i.signals) if (!s.retracted) m.set(s.category, (m.get(s.category) ?? 0) + 1);
  return m.size;
}

export async function benchEngine(): Promise<void> {
  console.log("Engine (pure picture evaluation)");
  for (const n of [10, 100, 500, 1000]) {
    const data = input(n);
    const runs = n >= 500 ? 60 : 300;
    const base = await timeMedian(runs, () => baseline(data));
    const ms = await timeMedian(runs, () => evaluatePicture(data, DEFAULT_RULES));
    record({
      section: "engine",
      name: `evaluate picture, ${n} signals`,
      value: ms,
      unit: "ms (median)",
      baseline: "count-per-category pass",
      ratio: ms / Math.max(base, 1e-4),
    });
    const v1 = await timeMedian(runs, () => evaluatePicture(data, RULES_V1));
    record({
      section: "engine",
      name: `rule set v2 against v1, ${n} signals`,
      value: ms,
      unit: "ms (median)",
      baseline: "the same input under rule set v1",
      ratio: ms / Math.max(v1, 1e-4),
    });
  }
}
