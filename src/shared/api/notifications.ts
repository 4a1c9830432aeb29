/**
 * Response schemas of the notification and notice-preference routes (issue 17). Fastify
 * serialises each answer through its schema, so the schema is an allow-list. The SPA imports the
 * inferred types with `import type` only.
 */
import { z } from "zod";
import { NOTICE_CHOICES } from "../notice-preferences.schema.js";
import { timestamp } from "./youths.js";

/** One notification; the SPA composes its text from `kind` (src/shared/notification-kinds.ts). */
export const notificationItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  level: z.number().int().nullable(),
  youth: z
    .object({ id: z.string(), displayName: z.string() })
    .nullable()
    .describe("null when the reader may not know the youth (e.g. a declined access request)"),
  createdAt: timestamp,
  read: z.boolean(),
});
export type NotificationItem = z.infer<typeof notificationItemSchema>;

/** GET /api/notifications: one page, newest first. */
export const notificationPageSchema = z.object({
  items: z.array(notificationItemSchema),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

const choice = z.enum(NOTICE_CHOICES);

/** GET and PUT /api/settings/notices */
export const noticePreferencesSchema = z.object({
  version: z.number().int().describe("Send it back with a change (0 when none was stored yet)"),
  levelRise: choice,
  accessRequest: choice,
  reviewDue: choice,
  language: z.enum(["nl", "en"]),
});
export type NoticePreferences = z.infer<typeof noticePreferencesSchema>;
