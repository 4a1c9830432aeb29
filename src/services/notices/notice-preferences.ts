/**
 * A user's own notice preferences: which notifications (level rises, access requests, overdue
 * reviews) also come by mail, at once or in a daily digest. No row: none by mail (version 0).
 */
import { DomainError } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findNoticePreference,
  insertNoticePreference,
  updateNoticePreferenceVersioned,
  type NoticePreferenceRow,
} from "../../db/repositories/notice-preference.repository.js";
import type {
  NoticeChoice,
  NoticePreferences,
  NoticePreferencesBody,
} from "../../shared/notice-preferences.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";

const asChoice = (v: string): NoticeChoice => (v === "immediate" || v === "daily" ? v : "off");

function present(row: NoticePreferenceRow | undefined): NoticePreferences {
  if (!row)
    return { version: 0, levelRise: "off", accessRequest: "off", reviewDue: "off", language: "nl" };
  return {
    version: row.version,
    levelRise: asChoice(row.level_rise),
    accessRequest: asChoice(row.access_request),
    reviewDue: asChoice(row.review_due),
    language: row.language === "en" ? "en" : "nl",
  };
}

export async function getNoticePreferences(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
): Promise<NoticePreferences> {
  return present(await findNoticePreference(deps.db, ctx.actor.userId));
}

/** Stores the choices; CONFLICT when `version` is not the stored one (nothing changes). */
export async function setNoticePreferences(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: NoticePreferencesBody,
): Promise<NoticePreferences> {
  const at = ctx.now.toISOString();
  const values = {
    level_rise: input.levelRise,
    access_request: input.accessRequest,
    review_due: input.reviewDue,
    language: input.language,
  };
  const row = await deps.db.transaction().execute(async (trx) => {
    const current = await findNoticePreference(trx, ctx.actor.userId);
    const stale = () => new DomainError("CONFLICT", "The preferences were changed meanwhile.");
    if (!current) {
      if (input.version !== 0) throw stale();
      await insertNoticePreference(trx, {
        user_id: ctx.actor.userId,
        ...values,
        version: 1,
        updated_at: at,
        last_digest_at: null,
      });
    } else if (
      !(await updateNoticePreferenceVersioned(trx, ctx.actor.userId, input.version, {
        ...values,
        updated_at: at,
      }))
    )
      throw stale();
    await appendAudit(trx, auditContext(ctx), {
      action: "notice.preferences_update",
      recordType: "user",
      recordIds: [ctx.actor.userId],
      details: {
        levelRise: input.levelRise,
        accessRequest: input.accessRequest,
        reviewDue: input.reviewDue,
      },
    });
    return findNoticePreference(trx, ctx.actor.userId);
  });
  return present(row);
}
