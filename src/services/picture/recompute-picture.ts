/**
 * Recomputes and stores a youth's picture inside the caller's transaction, so lists never
 * compute on read. When the level rises, the circle is notified (and the region's care
 * coordinator at level 3, the location's team lead at level 4). A level that fell only because the
 * rule set changed is marked on the stored picture (`rulesChanged`). The user whose own change raised
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
  /** The rule set of the stored picture before (null: none stored yet) and now. */
  previousRulesVersion: string | null;
  rulesVersion: string;
  /** The rules that gave the level, before and now (the highest reasons). */
  decidedBefore: string[];
  decidedNow: string[];
}

/**
 * A level that fell only because the rule set changed (v1 → v2): shown on the picture with the
 * old level, never silent. It stays until the level changes again for another reason.
 */
export interface RulesChange {
  fromVersion: string;
  toVersion: string;
  fromLevel: number;
  at: string;
}

/** A stored picture: the engine's picture plus what the service adds. */
export type StoredPicture = Picture & { rulesChanged?: RulesChange };

/** The rules whose reasons give the picture its level. */
export function decidingRules(picture: Pick<Picture, "level" | "reasons"> | null): string[] {
  if (!picture || picture.level === 0) return [];
  return [...new Set(picture.reasons.filter((r) => r.level === picture.level).map((r) => r.rule))];
}

function rulesChangeOf(
  stored: StoredPicture | null,
  youth: { level: number; rules_version: string | null },
  picture: Picture,
  at: string,
): RulesChange | undefined {
  const versionChanged =
    youth.rules_version !== null && youth.rules_version !== picture.rulesVersion;
  if (versionChanged && picture.level < youth.level)
    return {
      fromVersion: youth.rules_version ?? "",
      toVersion: picture.rulesVersion,
      fromLevel: youth.level,
      at,
    };
  const kept = stored?.rulesChanged;
  if (kept && kept.toVersion === picture.rulesVersion && picture.level === youth.level) return kept;
  return undefined;
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
  const before = youth.picture ? (JSON.parse(youth.picture) as StoredPicture) : null;
  const rulesChanged = rulesChangeOf(before, youth, picture, at);
  const stored: StoredPicture = rulesChanged ? { ...picture, rulesChanged } : picture;
  await storePicture(db, youth.id, {
    level: picture.level,
    previousLevel: changed ? youth.level : youth.previous_level,
    changedAt: changed ? at : null,
    picture: JSON.stringify(stored),
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
  return {
    level: picture.level,
    previousLevel: youth.level,
    rose,
    previousRulesVersion: youth.rules_version,
    rulesVersion: picture.rulesVersion,
    decidedBefore: decidingRules(before),
    decidedNow: decidingRules(picture),
  };
}
