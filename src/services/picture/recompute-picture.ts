/**
 * Recomputes and stores a youth's picture inside the caller's transaction, so lists never
 * compute on read. When the level rises, the circle is notified (and the region's care
 * coordinator at level 3, the location's team lead at level 4). The user whose own change raised
 * the level (`causedBy`) is left out: they see the new level on screen as they save, and a
 * notification of their own action only buries the ones that matter.
 */
import { randomUUID } from "node:crypto";
import { evaluatePicture, pictureSummary, type Picture } from "../../domain/picture/index.js";
import { activeMemberIds } from "../../db/repositories/circle.repository.js";
import { storePicture } from "../../db/repositories/signal.repository.js";
import { findYouthRow, lockYouthRow, type Db } from "../../db/repositories/youth.repository.js";
import { usersToAlert } from "../../db/repositories/alert-recipients.repository.js";
import type { ServiceDeps } from "../deps.js";
import { notifyUsers } from "../notifications/notify-users.js";
import { buildPictureInput, INDICATOR_SEPARATOR } from "./picture-input.js";

/** Engine ids are `signalId~indicatorId`; the API cites signal ids. */
export function citeSignals(picture: Picture): Picture {
  const toSignal = (ids: readonly string[]) =>
    [...new Set(ids.map((id) => id.split(INDICATOR_SEPARATOR)[0] ?? id))].sort();
  return {
    ...picture,
    reasons: picture.reasons.map((r) => ({
      ...r,
      signalIds: toSignal(r.signalIds),
      evidence: r.evidence.map((e) =>
        e.kind === "signal" ? { ...e, id: e.id.split(INDICATOR_SEPARATOR)[0] ?? e.id } : e,
      ),
    })),
    byType: Object.fromEntries(
      Object.entries(picture.byType).map(([k, v]) => [
        k,
        { ...v, signalIds: toSignal(v.signalIds) },
      ]),
    ) as Picture["byType"],
  };
}

export interface RecomputeResult {
  level: number;
  previousLevel: number;
  rose: boolean;
}

export async function recomputePicture(
  db: Db,
  deps: ServiceDeps,
  youthId: string,
  now: Date,
  cause: string,
  options: { causedBy?: string | undefined } = {},
): Promise<RecomputeResult> {
  // Serialise recomputes of one youth (PostgreSQL): a concurrent transaction waits for this one
  // to commit, then reads every signal, so the stored picture never misses a committed change.
  await lockYouthRow(db, youthId);
  const youth = await findYouthRow(db, youthId);
  if (!youth) throw new Error(`youth ${youthId} vanished during recompute`);
  const picture = citeSignals(
    evaluatePicture(await buildPictureInput(db, deps, youth, now), deps.rules),
  );
  const at = now.toISOString();
  const changed = picture.level !== youth.level;
  await storePicture(db, youth.id, {
    level: picture.level,
    previousLevel: changed ? youth.level : youth.previous_level,
    changedAt: changed ? at : null,
    picture: JSON.stringify(picture),
    summary: pictureSummary(picture),
    computedAt: at,
    rulesVersion: picture.rulesVersion,
  });
  if (changed || youth.rules_version === null) {
    await db
      .insertInto("picture_history")
      .values({
        id: randomUUID(),
        youth_id: youth.id,
        level: picture.level,
        rules_version: picture.rulesVersion,
        computed_at: at,
        cause,
      })
      .execute();
  }
  const rose = picture.level > youth.level;
  if (rose) {
    const recipients = [
      ...(await activeMemberIds(db, youth.id, at)),
      ...(await usersToAlert(db, youth.location_id, picture.level)),
    ].filter((userId) => userId !== options.causedBy);
    await notifyUsers(db, recipients, {
      youthId: youth.id,
      kind: "level_rise",
      level: picture.level,
      at,
    });
  }
  return { level: picture.level, previousLevel: youth.level, rose };
}
