/**
 * Demo only: a made-up population of 80 youths at two demo locations ("COA Demo-statistiek Zuid"
 * and "West"), registered and given signals through the real services over the last 18 months,
 * so the anonymous statistics (issue 23) show figures and "< 10" side by side. Names are
 * made up ("Statistiek Bakemo Tirusa"); nobody but the demo statistics mentor is in their circles. Deterministic.
 */
import { isoDate } from "../../domain/youth/age.js";
import type { ServiceDeps } from "../deps.js";
import { recordSignal } from "../signals/record-signal.js";
import { registerYouth } from "../youths/register-youth.js";
import { computeStatistics } from "../statistics/compute-statistics.js";
import { demoContext, type DemoWorld } from "./seed-demo-youths.js";

const MENTOR = "mentor.statistiek@demo.inzicht.test";
const YOUTHS = 80;

/** Signal patterns, from soft to the kind that raises a picture (catalogue ids). */
const PATTERNS: string[][] = [
  ["behav.school-absence"],
  ["behav.out-at-night", "phys.exhausted"],
  ["flight.debt-to-smuggler", "behav.unclear-whereabouts"],
  ["crim.drug-running", "crim.threatened-by-phone"],
  ["lab.excessive-hours", "lab.low-or-no-pay"],
  ["sex.money-to-others", "behav.returns-changed"],
  ["crim.forced-theft"],
  ["other.phone-controlled", "other.watched"],
];

/**
 * mulberry32, a small seeded generator: the same population on every start. (The linear
 * congruential one before it multiplied past 2^53, so its low bits stuck: `rnd(4)` was always 0
 * and every made-up youth was 14.) An integer in [0, n).
 */
function prng(seed: number) {
  let x = seed >>> 0;
  return (n: number) => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = x;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** A made-up pronounceable name part, so no two youths look like the same person. */
function word(rnd: (n: number) => number): string {
  const c = "bdfgklmnprstvz";
  const v = "aeiou";
  let w = "";
  for (let k = 0; k < 3; k++) w += (c[rnd(c.length)] ?? "b") + (v[rnd(v.length)] ?? "a");
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export async function seedDemoStatistics(deps: ServiceDeps, world: DemoWorld): Promise<void> {
  const rnd = prng(2026);
  const day = 86_400_000;
  for (let i = 0; i < YOUTHS; i++) {
    const location = world.orgIds.get(i % 3 === 0 ? "stat-west" : "stat-zuid");
    if (!location) throw new Error("demo statistics location missing");
    const arrivedDaysAgo = 60 + rnd(480);
    const arrived = new Date(world.now.getTime() - arrivedDaysAgo * day);
    const { id } = await registerYouth(deps, demoContext(world, MENTOR, arrived), {
      displayName: `Statistiek ${word(rnd)} ${word(rnd)}`,
      vNumber: `V-9${String(rnd(1000)).padStart(3, "0")}-${String(1000 + i)}`,
      dateOfBirth: `${world.now.getUTCFullYear() - 14 - rnd(4)}-0${1 + rnd(9)}-1${rnd(9)}`,
      dateOfBirthEstimated: true,
      languages: ["ar"],
      locationId: location,
      arrivedAt: isoDate(arrived),
    });
    const signals = rnd(4);
    for (let k = 0; k < signals; k++) {
      const pattern = PATTERNS[(i + k * 3 + rnd(PATTERNS.length)) % PATTERNS.length] ?? [];
      const when = new Date(
        arrived.getTime() + (10 + rnd(Math.max(11, arrivedDaysAgo - 10))) * day,
      );
      if (when > world.now) continue;
      await recordSignal(deps, demoContext(world, MENTOR, when), id, {
        indicatorIds: pattern,
        observedAt: isoDate(when),
        source: "own_observation",
        facts: "Gemaakt voorbeeld voor de demo-statistiek.",
      });
    }
  }
  await computeStatistics(deps);
}
