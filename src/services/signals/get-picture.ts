/**
 * The stored picture of a youth (computed on every change, never on read), the level over time,
 * and the professionals' own judgements beside it.
 */
import type { Picture } from "../../domain/picture/index.js";
import type { PictureView } from "../../shared/api/signals.js";
import type { StoredPicture } from "../picture/recompute-picture.js";
import { seesSpecialCategory } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listPictureHistory } from "../../db/repositories/signal.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachYouth } from "../youths/reach-youth.js";
import { judgementViews } from "./judgements.js";
import { recomputePicture } from "../picture/recompute-picture.js";

const specialCategoryIds = (deps: ServiceDeps) =>
  new Set(deps.catalog.vulnerabilities.filter((v) => v.specialCategory).map((v) => v.id));

/** The picture without evidence that names a factor the reader may not see (texts hold counts). */
function withoutHiddenFactors<P extends Picture>(picture: P, hidden: ReadonlySet<string>): P {
  if (hidden.size === 0) return picture;
  return {
    ...picture,
    reasons: picture.reasons.map((r) => ({
      ...r,
      evidence: r.evidence.filter((e) => !(e.kind === "vulnerability" && hidden.has(e.id))),
    })),
  };
}

export async function getPicture(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
): Promise<PictureView> {
  let { youth, relation } = await reachYouth(deps, ctx, youthId, "picture.read");
  if (!youth.picture) {
    // First read of a youth registered before any change: compute once and store.
    await deps.db
      .transaction()
      .execute((trx) => recomputePicture(trx, deps, youth.id, ctx.now, "initial"));
    ({ youth, relation } = await reachYouth(deps, ctx, youthId, "picture.read"));
  }
  const picture = withoutHiddenFactors(
    JSON.parse(youth.picture ?? "null") as StoredPicture,
    seesSpecialCategory(relation) ? new Set() : specialCategoryIds(deps),
  );
  const history = await listPictureHistory(deps.db, youth.id);
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "picture.read",
    youthId: youth.id,
    recordType: "picture",
  });
  return {
    ...picture,
    computedAt: youth.picture_computed_at,
    previousLevel: youth.previous_level,
    levelChangedAt: youth.level_changed_at,
    history: history.map((h) => ({
      level: h.level,
      at: h.computed_at,
      cause: h.cause,
      rulesVersion: h.rules_version,
    })),
    judgements: await judgementViews(deps, youth.id),
  };
}
