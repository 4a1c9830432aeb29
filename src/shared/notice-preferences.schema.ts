/** Notice preferences (issue 19): per kind of notification, no mail, a mail at once, or daily. */
import { z } from "zod";

export const NOTICE_CHOICES = ["off", "immediate", "daily"] as const;
export type NoticeChoice = (typeof NOTICE_CHOICES)[number];

const choice = z.enum(NOTICE_CHOICES);

export const noticePreferencesBody = z
  .object({
    /** The version read (0 when none was stored yet). */
    version: z.number().int().min(0),
    levelRise: choice,
    accessRequest: choice,
    reviewDue: choice,
    language: z.enum(["nl", "en"]),
  })
  .strict();
export type NoticePreferencesBody = z.infer<typeof noticePreferencesBody>;

export type { NoticePreferences } from "./api/notifications.js";
