/** The system admin's view of the job queue's dead letters (issue 21, ADR 0018). */
import { z } from "zod";

export const deadLettersQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(200).default(50) })
  .strict();

/** A job that used up its retries: its name and last error message, never its data. */
export const deadLetterSchema = z.object({
  id: z.string(),
  name: z.string(),
  attempts: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  failedAt: z.string().nullable(),
});
export type DeadLetterView = z.infer<typeof deadLetterSchema>;

export const deadLettersResponse = z.object({
  engine: z.enum(["pg-boss", "in-process"]),
  items: z.array(deadLetterSchema),
});
export type DeadLettersResponse = z.infer<typeof deadLettersResponse>;
