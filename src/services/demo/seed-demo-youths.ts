/** Demo youths with circles and signal histories (filled in by the dossier and signal work). */
import type { ServiceDeps } from "../deps.js";

export interface DemoWorld {
  orgIds: Map<string, string>;
  userIds: Map<string, string>;
  now: Date;
}

export async function seedDemoYouths(_deps: ServiceDeps, _world: DemoWorld): Promise<void> {
  // Youths are added in the dossier step.
}
