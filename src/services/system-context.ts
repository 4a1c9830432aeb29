/** A request context for work done by the system itself (CLI, seed, scheduled jobs). */
import { randomUUID } from "node:crypto";
import type { RequestContext } from "./context.js";

export function systemContext(now: Date, client = "inzicht-cli"): RequestContext {
  return { actor: null, actorRole: "system", ip: null, client, requestId: randomUUID(), now };
}
