/**
 * A youth's vulnerability factors: recorded ones (append-only entries with a date and a note;
 * the latest per factor counts) and derived ones (computed, never entered by hand).
 * Special-category factors are shown only to circle members, never in lists or exports.
 */
import { randomUUID } from "node:crypto";
import { validationFailed } from "../../domain/errors.js";
import { seesSpecialCategory } from "../../domain/policies.js";
import { primaryRole } from "../../domain/roles.js";
import { isoDate } from "../../domain/youth/age.js";
import { appendAudit, appendAuditNow } from "../../db/repositories/audit.repository.js";
import {
  insertVulnerabilityEntries,
  listMissingEpisodes,
  listVulnerabilityEntries,
} from "../../db/repositories/signal.repository.js";
import type { vulnerabilitiesBody } from "../../shared/signal.schema.js";
import type { z } from "zod";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { derivedFactors } from "../picture/picture-input.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { reachYouth } from "../youths/reach-youth.js";
import { field } from "../../db/encrypted-columns.js";
import type { VulnerabilitiesView } from "../../shared/api/signals.js";

export async function getVulnerabilities(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
): Promise<VulnerabilitiesView> {
  const { youth, relation } = await reachYouth(deps, ctx, youthId, "vulnerability.read");
  const special = new Set(
    deps.catalog.vulnerabilities.filter((v) => v.specialCategory).map((v) => v.id),
  );
  const showSpecial = seesSpecialCategory(relation);
  const entries = (await listVulnerabilityEntries(deps.db, youth.id)).filter(
    (e) => showSpecial || !special.has(e.factor_id),
  );
  const latest = new Map<string, (typeof entries)[number]>();
  for (const e of entries) latest.set(e.factor_id, e);
  const episodes = await listMissingEpisodes(deps.db, youth.id);
  const derived = await derivedFactors(deps.db, deps, youth, ctx.now, episodes.length);
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "vulnerability.read",
    youthId: youth.id,
    recordType: "vulnerability",
  });
  const view = (e: (typeof entries)[number]) => ({
    id: e.id,
    factorId: e.factor_id,
    present: e.present === 1,
    notedAt: e.noted_at,
    note: deps.crypto.decryptNullable(e.note_enc, field("vulnerability_entries", "note_enc", e.id)),
    recordedBy: e.recorder_name,
    recordedByRole: primaryRole(JSON.parse(e.recorder_roles) as string[]),
    recordedByOrganisation: e.recorder_org_name,
    recordedAt: e.created_at,
    specialCategory: special.has(e.factor_id),
  });
  return {
    recorded: [...latest.values()].filter((e) => e.present === 1).map(view),
    derived: derived.map((factorId) => ({ factorId })),
    history: entries.map(view).reverse(),
    specialCategoryHidden: !showSpecial,
  };
}

export async function updateVulnerabilities(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  input: z.output<typeof vulnerabilitiesBody>,
): Promise<{ level: number }> {
  const { youth, relation } = await reachYouth(deps, ctx, youthId, "vulnerability.update");
  const today = isoDate(ctx.now);
  for (const f of input.factors) {
    const factor = deps.catalogIndex.vulnerability(f.factorId);
    if (!factor)
      throw validationFailed("Unknown vulnerability factor.", [
        { path: "factors", message: `unknown factor ${f.factorId}` },
      ]);
    if (factor.derivable)
      throw validationFailed(
        "This factor is computed by the system and cannot be entered by hand.",
        [{ path: "factors", message: `${f.factorId} is derived` }],
      );
    if (factor.specialCategory && !seesSpecialCategory(relation))
      throw validationFailed("Only circle members record this factor.", [
        { path: "factors", message: `${f.factorId} is special-category` },
      ]);
    if (f.notedAt > today)
      throw validationFailed("The date is in the future.", [
        { path: "factors.notedAt", message: "in the future" },
      ]);
  }
  const at = ctx.now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const rows = input.factors.map((f) => {
      const id = randomUUID();
      return {
        id,
        youth_id: youth.id,
        factor_id: f.factorId,
        present: f.present ? 1 : 0,
        noted_at: f.notedAt,
        note_enc: deps.crypto.encryptNullable(
          f.note || null,
          field("vulnerability_entries", "note_enc", id),
        ),
        recorded_by: ctx.actor.userId,
        created_at: at,
      };
    });
    await insertVulnerabilityEntries(trx, rows);
    await appendAudit(trx, auditContext(ctx), {
      action: "vulnerability.update",
      youthId: youth.id,
      recordType: "vulnerability",
      recordIds: rows.map((r) => r.id),
    });
    return {
      level: (await recomputePicture(trx, deps, youth.id, ctx.now, "vulnerability.update")).level,
    };
  });
}
