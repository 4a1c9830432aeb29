/**
 * Sociale kaart checks (/api/contact-checks): a trainer or org admin marks an entry as checked,
 * with their name and the day. Shared with the SPA.
 */
import { z } from "zod";

export const contactCheckParams = z
  .object({
    contactId: z
      .string()
      .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
      .max(80),
  })
  .strict();

/**
 * Marking an entry as checked has no fields: the checker is the signed-in person and the day is
 * today (you mark it when you have checked it), so neither can be made up.
 */
export const recordContactCheckBody = z.object({}).strict();
export type RecordContactCheckBody = z.infer<typeof recordContactCheckBody>;

export const contactCheckView = z
  .object({
    contactId: z.string(),
    checkedOn: z.string(),
    checkedBy: z.object({ name: z.string().min(1), organisation: z.string() }),
    /** recent (under six months) or not_recent; entries never checked are not listed. */
    status: z.enum(["recent", "not_recent"]),
    /** The day the check stops counting as recent. */
    recentUntil: z.string(),
  })
  .strict();
export type ContactCheckView = z.infer<typeof contactCheckView>;

export const contactCheckList = z.object({ checks: z.array(contactCheckView) }).strict();
export type ContactCheckList = z.infer<typeof contactCheckList>;
