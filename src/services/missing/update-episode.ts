/** Corrects or completes the details of a disappearance while the episode is not closed. */
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { bumpEpisode, updateDetails } from "../../db/repositories/missing.repository.js";
import { validationFailed } from "../../domain/errors.js";
import { updateEpisodeBody } from "../../shared/missing.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { recomputePicture } from "../picture/recompute-picture.js";
import { reachForStep, staleVersion } from "../steps/reach-for-step.js";
import { belongingsJson } from "./episode-view.js";
import { loadOpenEpisode } from "./load-episode.js";
import { field, type EncryptedColumnOf } from "../../db/encrypted-columns.js";

export async function updateEpisode(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  episodeId: string,
  raw: unknown,
): Promise<{ version: number }> {
  const { youth } = await reachForStep(deps, ctx, youthId, "missing.change");
  const input = updateEpisodeBody.parse(raw);
  if (input.lastSeenAt && Date.parse(input.lastSeenAt) > ctx.now.getTime())
    throw validationFailed("Last seen is in the future.", [
      { path: "lastSeenAt", message: "in the future" },
    ]);
  const c = deps.crypto;
  return deps.db.transaction().execute(async (trx) => {
    const e = await loadOpenEpisode(trx, youth.id, episodeId, input.version);
    const at = (column: EncryptedColumnOf<"missing_details">) =>
      field("missing_details", column, e.id);
    const startedAt = input.lastSeenAt ? new Date(input.lastSeenAt).toISOString() : undefined;
    if (!(await bumpEpisode(trx, e.id, input.version, startedAt ? { started_at: startedAt } : {})))
      throw staleVersion("missing episode");
    const old = e.belongings_enc
      ? (JSON.parse(c.decrypt(e.belongings_enc, at("belongings_enc"))) as Record<
          string,
          string | undefined
        >)
      : {};
    await updateDetails(trx, e.id, {
      updated_at: ctx.now.toISOString(),
      ...(input.lastSeenWhere
        ? { last_seen_where_enc: c.encrypt(input.lastSeenWhere, at("last_seen_where_enc")) }
        : {}),
      ...(input.lastSeenWith !== undefined
        ? {
            last_seen_with_enc: c.encryptNullable(
              input.lastSeenWith || null,
              at("last_seen_with_enc"),
            ),
          }
        : {}),
      ...(input.circumstances
        ? { circumstances_enc: c.encrypt(input.circumstances, at("circumstances_enc")) }
        : {}),
      ...(input.belongings !== undefined || input.phone || input.phoneNumber !== undefined
        ? {
            belongings_enc: c.encrypt(
              belongingsJson({
                belongings: input.belongings ?? old.belongings,
                phone: input.phone ?? old.phone,
                phoneNumber: input.phoneNumber ?? old.phoneNumber,
              }),
              at("belongings_enc"),
            ),
          }
        : {}),
    });
    await appendAudit(trx, auditContext(ctx), {
      action: "missing.change",
      youthId: youth.id,
      recordType: "missing_episode",
      recordIds: [e.id],
      details: { event: "updated", fields: Object.keys(input).filter((k) => k !== "version") },
    });
    if (startedAt) await recomputePicture(trx, deps, youth.id, ctx.now, "missing.update");
    return { version: input.version + 1 };
  });
}
