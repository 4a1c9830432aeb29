/**
 * Response schemas of the circle routes (issue 17). Fastify serialises each answer through its
 * schema, so the schema is an allow-list. The SPA imports the inferred types with `import type`.
 */
import { z } from "zod";
import { timestamp } from "./youths.js";

/** One (current or former) membership. */
export const circleMemberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  relation: z.string(),
  organisation: z.object({ id: z.string(), name: z.string(), type: z.string() }),
  readOnly: z.boolean(),
  accessUntil: timestamp.nullable(),
  addedAt: timestamp,
  endedAt: timestamp.nullable(),
  endedReason: z.string().nullable(),
  active: z.boolean(),
});
export type CircleMember = z.infer<typeof circleMemberSchema>;

/** An access request as the circle sees it (only for those who may decide). */
export const accessRequestSchema = z.object({
  id: z.string(),
  requester: z.object({
    id: z.string(),
    name: z.string(),
    roles: z.array(z.string()),
    organisation: z.string(),
  }),
  reason: z.string(),
  status: z.string().describe("pending, approved or declined"),
  decidedAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type AccessRequest = z.infer<typeof accessRequestSchema>;

/** GET /api/youths/{id}/circle */
export const circleViewSchema = z.object({
  members: z.array(circleMemberSchema),
  accessRequests: z.array(accessRequestSchema),
});
export type CircleView = z.infer<typeof circleViewSchema>;
