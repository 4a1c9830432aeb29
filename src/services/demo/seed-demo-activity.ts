/**
 * Records the demo signal histories, vulnerabilities and judgements through the real services,
 * each at the moment it was observed, so the picture, timeline and access log are real.
 */
import { isoDate } from "../../domain/youth/age.js";
import type { ServiceDeps } from "../deps.js";
import { recordJudgement } from "../signals/judgements.js";
import { recordSignal } from "../signals/record-signal.js";
import { retractSignal } from "../signals/retract-signal.js";
import { updateVulnerabilities } from "../signals/vulnerabilities.js";
import { DEMO_JUDGEMENTS, DEMO_SIGNALS, DEMO_VULNERABILITIES } from "./demo-activity.js";
import { demoContext, type DemoWorld } from "./seed-demo-youths.js";

const at = (world: DemoWorld, daysAgo: number) =>
  new Date(world.now.getTime() - daysAgo * 86_400_000);

export async function seedDemoActivity(
  deps: ServiceDeps,
  world: DemoWorld,
  youthIds: Map<string, string>,
): Promise<void> {
  const id = (key: string) => {
    const v = youthIds.get(key);
    if (!v) throw new Error(`demo youth ${key} missing`);
    return v;
  };
  for (const v of DEMO_VULNERABILITIES) {
    const when = at(world, v.daysAgo);
    await updateVulnerabilities(
      deps,
      demoContext(world, `${v.by}@demo.inzicht.test`, when),
      id(v.youth),
      {
        factors: [{ factorId: v.factorId, present: true, notedAt: isoDate(when), note: v.note }],
      },
    );
  }
  const ordered = [...DEMO_SIGNALS].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const s of ordered) {
    const when = at(world, s.daysAgo);
    const ctx = demoContext(world, `${s.by}@demo.inzicht.test`, when);
    const { id: signalId } = await recordSignal(deps, ctx, id(s.youth), {
      indicatorIds: s.indicators,
      observedAt: isoDate(when),
      source: s.source,
      ...(s.sourceDetail ? { sourceDetail: s.sourceDetail } : {}),
      facts: s.facts,
      ...(s.interpretation ? { interpretation: s.interpretation } : {}),
      ...(s.entities ? { entities: s.entities } : {}),
    });
    if (s.retract) {
      await retractSignal(
        deps,
        demoContext(world, `${s.by}@demo.inzicht.test`, at(world, s.daysAgo - 3)),
        id(s.youth),
        signalId,
        s.retract,
      );
    }
  }
  for (const j of DEMO_JUDGEMENTS) {
    await recordJudgement(
      deps,
      demoContext(world, `${j.by}@demo.inzicht.test`, at(world, j.daysAgo)),
      id(j.youth),
      { kind: j.kind, reason: j.reason },
    );
  }
}
