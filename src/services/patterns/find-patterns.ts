/**
 * Patterns across youths for the regional care coordinator (issue 25, ADR 0021): an entity in
 * the active signals of two or more youths. The coordinator sees the patterns that involve a
 * youth located in their region whom they may reach, with the signals (when, by whom) of every
 * youth in that same region and reach; for youths outside it only that there is a match, in which
 * region and whom to contact (the Verwijsindex idea: the fact, never the content). Anyone else
 * gets NOT_FOUND, as if the page did not exist. Every answer is in the access log: one entry per
 * youth whose pattern was shown. A pattern never changes a picture.
 */
import { createHash } from "node:crypto";
import { notFound } from "../../domain/errors.js";
import { allowed } from "../../domain/policies.js";
import type { EntityKind } from "../../domain/patterns/entities.js";
import { field } from "../../db/encrypted-columns.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import {
  activeEntitiesByIndex,
  indexesInReach,
  organisationRegion,
  reachableYouths,
  regionCoordinators,
  usersWithOrganisation,
} from "../../db/repositories/pattern.repository.js";
import type {
  PatternElsewhereView,
  PatternsResponse,
  PatternView,
  PatternYouthView,
} from "../../shared/pattern.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth } from "../youths/reach-youth.js";

type EntityRow = Awaited<ReturnType<typeof activeEntitiesByIndex>>[number];

/** The patterns the care coordinator may see, most youths first, then most recent. */
export async function findPatterns(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  query: { youthId?: string | undefined } = {},
): Promise<PatternsResponse> {
  if (!allowed(ctx.actor, "pattern.read")) {
    // The page answers 404 like one that does not exist, and the attempt is in the access log:
    // patterns cross children, so who tried to look matters (PRODUCT.md §M).
    await appendAuditNow(deps.db, auditContext(ctx), {
      action: "pattern.denied",
      outcome: "denied",
      youthId: null,
      details: {},
    });
    throw notFound("page");
  }
  if (query.youthId) await reachYouth(deps, ctx, query.youthId, "youth.read");
  const region = await organisationRegion(deps.db, ctx.actor.organisationId);
  const indexes = region
    ? await indexesInReach(deps.db, ctx.actor, ctx.now, region, query.youthId)
    : [];
  const rows = await activeEntitiesByIndex(deps.db, indexes);
  const groups = new Map<string, EntityRow[]>();
  for (const r of rows) groups.set(r.value_idx, [...(groups.get(r.value_idx) ?? []), r]);
  const shared = [...groups.values()].filter((g) => new Set(g.map((r) => r.youth_id)).size >= 2);

  const reachable = await reachableYouths(deps.db, ctx.actor, ctx.now, [
    ...new Set(shared.flatMap((g) => g.map((r) => r.youth_id))),
  ]);
  const reachableNames = new Map(reachable.map((y) => [y.id, y.display_name_enc]));
  const visible = (r: EntityRow) => reachableNames.has(r.youth_id) && r.location_region === region;
  const recorders = new Map(
    (
      await usersWithOrganisation(deps.db, [
        ...new Set(shared.flatMap((g) => g.filter(visible).map((r) => r.recorded_by))),
      ])
    ).map((u) => [u.id, u]),
  );
  const contacts = new Map<string, PatternElsewhereView["contacts"]>();
  const contactsOf = async (where: string | null) => {
    if (!where) return [];
    const known = contacts.get(where);
    if (known) return known;
    const found = (await regionCoordinators(deps.db, where)).map((u) => ({
      name: u.display_name,
      organisation: u.organisation,
      email: u.email,
    }));
    contacts.set(where, found);
    return found;
  };

  const labels = new Map<string, string>();
  const labelOf = (youthId: string) => {
    const known = labels.get(youthId);
    if (known) return known;
    const label = `J${labels.size + 1}`;
    labels.set(youthId, label);
    return label;
  };
  const items: PatternView[] = [];
  for (const group of shared) {
    const mine = group.filter(visible);
    const first = mine[0];
    if (!first) continue;
    const youths: PatternYouthView[] = [];
    for (const youthId of [...new Set(mine.map((r) => r.youth_id))].sort()) {
      const own = mine.filter((r) => r.youth_id === youthId);
      const nameEnc = reachableNames.get(youthId) ?? "";
      youths.push({
        youthId,
        label: labelOf(youthId),
        displayName: deps.crypto.decrypt(nameEnc, field("youths", "display_name_enc", youthId)),
        location: own[0]?.location_name ?? "",
        signals: own
          .map((r) => {
            const by = recorders.get(r.recorded_by);
            return {
              signalId: r.signal_id,
              observedAt: r.observed_at,
              recordedAt: r.created_at,
              recordedBy: {
                name: by?.display_name ?? "",
                role: r.recorder_role,
                organisation: by?.organisation ?? "",
              },
            };
          })
          .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt)),
      });
    }
    const outside = new Map<string | null, Set<string>>();
    for (const r of group.filter((r) => !visible(r)))
      outside.set(r.location_region, (outside.get(r.location_region) ?? new Set()).add(r.youth_id));
    const elsewhere: PatternElsewhereView[] = [];
    for (const [where, ids] of [...outside.entries()].sort((a, b) =>
      String(a[0]).localeCompare(String(b[0])),
    ))
      elsewhere.push({ region: where, youthCount: ids.size, contacts: await contactsOf(where) });
    items.push({
      id: createHash("sha256").update(first.value_idx).digest("hex").slice(0, 16),
      kind: first.kind as EntityKind,
      value: deps.crypto.decrypt(first.value_enc, field("signal_entities", "value_enc", first.id)),
      youthCount: new Set(group.map((r) => r.youth_id)).size,
      lastRecordedAt: mine.map((r) => r.created_at).reduce((a, b) => (a > b ? a : b)),
      youths,
      elsewhere,
    });
  }
  items.sort(
    (a, b) => b.youthCount - a.youthCount || b.lastRecordedAt.localeCompare(a.lastRecordedAt),
  );
  await logView(deps, ctx, items, query.youthId);
  return { region, items };
}

/** One access-log entry per youth whose pattern was shown (ids and counts only). */
async function logView(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  items: PatternView[],
  youthId: string | undefined,
): Promise<void> {
  const byYouth = new Map<string, string[]>();
  for (const p of items)
    for (const y of p.youths) byYouth.set(y.youthId, [...(byYouth.get(y.youthId) ?? []), p.id]);
  const audit = auditContext(ctx);
  const outOfReach = items.reduce((n, p) => n + p.elsewhere.length, 0);
  if (byYouth.size === 0) {
    await appendAuditNow(deps.db, audit, {
      action: "pattern.read",
      youthId: youthId ?? null,
      recordType: "pattern",
      details: { patterns: 0 },
    });
    return;
  }
  // Queued together, so they commit in one transaction.
  await Promise.all(
    [...byYouth].map(([id, patterns]) =>
      appendAuditNow(deps.db, audit, {
        action: "pattern.read",
        youthId: id,
        recordType: "pattern",
        recordIds: patterns.slice(0, 50),
        details: { patterns: patterns.length, elsewhere: outOfReach },
      }),
    ),
  );
}
