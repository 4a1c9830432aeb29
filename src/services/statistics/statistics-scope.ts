/**
 * Who sees which part of the statistics: researchers, privacy officers and system admins the
 * whole country; a care coordinator their region; a team lead their own organisation. The scope
 * is a location node; a filter outside it is a 404, like a youth outside reach.
 */
import { listStatOrganisations } from "../../db/repositories/statistics.repository.js";
import { notFound } from "../../domain/errors.js";
import { authorize, type Actor } from "../../domain/policies.js";
import { regionNode } from "../../domain/statistics/facts.js";
import type { ServiceDeps } from "../deps.js";

export interface StatisticsScope {
  kind: "all" | "region" | "organisation";
  /** The widest location node the actor may filter on. */
  root: string;
}

export async function statisticsScope(deps: ServiceDeps, actor: Actor): Promise<StatisticsScope> {
  authorize(actor, "statistics.read");
  if (
    actor.roles.some((r) => r === "researcher" || r === "privacy_officer" || r === "system_admin")
  )
    return { kind: "all", root: "*" };
  const org = (await listStatOrganisations(deps.db)).find((o) => o.id === actor.organisationId);
  const region = regionNode(org?.region ?? null);
  if (actor.roles.includes("care_coordinator")) return { kind: "region", root: `*/${region}` };
  return { kind: "organisation", root: `*/${region}/${actor.organisationId}` };
}

/** The location filter, checked against the scope (the scope's root when none is asked for). */
export function scopedLocation(scope: StatisticsScope, asked: string): string {
  const location = asked === "*" ? scope.root : asked;
  if (location !== scope.root && !location.startsWith(`${scope.root}/`)) throw notFound("figure");
  return location;
}
