/** Demo signal histories, judgements and episodes (filled in by the signals work). */
import type { ServiceDeps } from "../deps.js";
import type { DemoWorld } from "./seed-demo-youths.js";

export async function seedDemoActivity(
  _deps: ServiceDeps,
  _world: DemoWorld,
  _youthIds: Map<string, string>,
): Promise<void> {
  // Signals are seeded once recording exists.
}
