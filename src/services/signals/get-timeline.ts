/**
 * One chronological view per youth: signals, retractions, vulnerability changes, relocations,
 * circle changes, judgements and missing episodes, with who did what. Filters by category,
 * exploitation type, observer and kind. A school member sees only their own school's signals.
 */
import { validationFailed } from "../../domain/errors.js";
import { primaryRole } from "../../domain/roles.js";
import { canSeeSignal, seesSpecialCategory } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listMembers } from "../../db/repositories/circle.repository.js";
import {
  listJudgements,
  listMissingEpisodes,
  listSignals,
  listVulnerabilityEntries,
} from "../../db/repositories/signal.repository.js";
import { listLocations } from "../../db/repositories/youth.repository.js";
import type { TimelineEvent } from "../../shared/signal.schema.js";
import type { TimelineView } from "../../shared/api/signals.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth } from "../youths/reach-youth.js";
import { field } from "../../db/encrypted-columns.js";

export interface TimelineFilter {
  category?: string | undefined;
  type?: string | undefined;
  observerId?: string | undefined;
  kind?: TimelineEvent["kind"] | undefined;
  /** Page size (≤ 200) and the cursor of the previous page's last event. */
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Keyset cursor over the newest-first order: the time and id of the last event shown. */
function decodeCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string"
    )
      return { at: parsed[0], id: parsed[1] };
  } catch {
    // fall through to the 400 below
  }
  throw validationFailed("Invalid cursor.", [{ path: "cursor", message: "invalid" }]);
}

const encodeCursor = (e: TimelineEvent) =>
  Buffer.from(JSON.stringify([e.at, e.id])).toString("base64url");

export async function getTimeline(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  filter: TimelineFilter,
): Promise<TimelineView> {
  const after = decodeCursor(filter.cursor);
  const limit = Math.min(filter.limit ?? 200, 200);
  const { youth, relation } = await reachYouth(deps, ctx, youthId, "youth.read");
  const full = canSeeSignal(ctx.actor, relation, "__any_other_org__");
  const c = deps.crypto;
  const events: TimelineEvent[] = [];
  const signals = (
    await listSignals(deps.db, youth.id, full ? {} : { recorderOrgId: ctx.actor.organisationId })
  ).filter((s) => canSeeSignal(ctx.actor, relation, s.recorder_org_id));
  for (const s of signals) {
    const inds = s.indicator_ids.map((id) => deps.catalogIndex.indicator(id));
    const categories = [...new Set(inds.flatMap((i) => (i ? [i.category] : [])))];
    const types = [...new Set(inds.flatMap((i) => (i ? i.types : [])))];
    const actor = {
      name: s.recorder_name,
      role: s.recorder_role,
      organisation: s.recorder_org_name,
    };
    events.push({
      id: s.id,
      kind: "signal",
      at: s.observed_at,
      actor,
      categories,
      types,
      indicatorIds: s.indicator_ids,
      summary: {
        facts: c.decrypt(s.facts_enc, field("signals", "facts_enc", s.id)),
        source: s.source,
        recordedAt: s.created_at,
        observerId: s.recorded_by,
        retracted: s.retraction_id !== null,
        acute: inds.some((i) => i?.acute === true),
      },
    });
    if (s.retraction_id) {
      const retractionId = s.retraction_id;
      events.push({
        id: retractionId,
        kind: "retraction",
        at: s.retracted_at ?? "",
        actor: {
          name: s.retracted_by_name ?? "",
          role: s.retractor_role,
          organisation: s.retractor_org_name,
        },
        categories,
        types,
        indicatorIds: s.indicator_ids,
        summary: {
          signalId: s.id,
          reason: s.retraction_reason_enc
            ? c.decrypt(
                s.retraction_reason_enc,
                field("signal_retractions", "reason_enc", retractionId),
              )
            : "",
          observerId: s.retracted_by ?? "",
        },
      });
    }
  }
  if (full) {
    const special = new Set(
      deps.catalog.vulnerabilities.filter((v) => v.specialCategory).map((v) => v.id),
    );
    const showSpecial = seesSpecialCategory(relation);
    for (const v of await listVulnerabilityEntries(deps.db, youth.id)) {
      if (special.has(v.factor_id) && !showSpecial) continue;
      events.push({
        id: v.id,
        kind: "vulnerability",
        at: v.created_at,
        actor: {
          name: v.recorder_name,
          role: primaryRole(JSON.parse(v.recorder_roles) as string[]),
          organisation: v.recorder_org_name,
        },
        categories: [],
        types: [],
        indicatorIds: [],
        summary: {
          factorId: v.factor_id,
          present: v.present === 1,
          notedAt: v.noted_at,
          observerId: v.recorded_by,
        },
      });
    }
    for (const l of await listLocations(deps.db, youth.id)) {
      events.push({
        id: l.id,
        kind: "relocation",
        at: l.started_at,
        actor: null,
        categories: [],
        types: [],
        indicatorIds: [],
        summary: { location: l.name, handover: l.handover_note_id !== null },
      });
    }
    for (const m of await listMembers(deps.db, youth.id)) {
      const actor = { name: m.display_name, role: m.relation, organisation: m.organisation_name };
      events.push({
        id: `${m.id}:added`,
        kind: "circle",
        at: m.added_at,
        actor,
        categories: [],
        types: [],
        indicatorIds: [],
        summary: { change: "added", relation: m.relation },
      });
      if (m.ended_at)
        events.push({
          id: `${m.id}:ended`,
          kind: "circle",
          at: m.ended_at,
          actor,
          categories: [],
          types: [],
          indicatorIds: [],
          summary: {
            change: "ended",
            relation: m.relation,
            reason: c.decryptNullable(
              m.ended_reason_enc,
              field("circle_members", "ended_reason_enc", m.id),
            ),
          },
        });
    }
    for (const j of await listJudgements(deps.db, youth.id)) {
      events.push({
        id: j.id,
        kind: "judgement",
        at: j.created_at,
        actor: {
          name: j.author_name,
          role: primaryRole(JSON.parse(j.author_roles) as string[]),
          organisation: j.author_org_name,
        },
        categories: [],
        types: [],
        indicatorIds: [],
        summary: {
          judgement: j.kind,
          reason: c.decrypt(j.reason_enc, field("judgements", "reason_enc", j.id)),
          observerId: j.author_id,
        },
      });
    }
    for (const e of await listMissingEpisodes(deps.db, youth.id)) {
      events.push({
        id: e.id,
        kind: "missing",
        at: e.started_at,
        actor: null,
        categories: [],
        types: [],
        indicatorIds: [],
        summary: { endedAt: e.ended_at },
      });
    }
  }
  const filtered = events.filter(
    (e) =>
      (!filter.kind || e.kind === filter.kind) &&
      (!filter.category || e.categories.includes(filter.category)) &&
      (!filter.type || e.types.includes(filter.type)) &&
      (!filter.observerId || e.summary.observerId === filter.observerId),
  );
  // Newest first; ties broken by id so the order never depends on insertion order.
  filtered.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? 1 : -1));
  const rest = after
    ? filtered.filter((e) => e.at < after.at || (e.at === after.at && e.id > after.id))
    : filtered;
  const items = rest.slice(0, limit);
  const last = items[items.length - 1];
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "timeline.read",
    youthId: youth.id,
    recordType: "timeline",
    details: { events: items.length },
  });
  return {
    items,
    scope: full ? "all" : "own_organisation",
    nextCursor: rest.length > limit && last ? encodeCursor(last) : null,
  };
}
