/**
 * Response schemas of the API-token routes (issue 17). The token itself is shown only once, by
 * the create answer; the list never holds it (the schema is an allow-list).
 */
import { z } from "zod";
import { timestamp } from "./youths.js";

export const apiTokenViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  user: z.object({ id: z.string(), email: z.string() }).describe("The user the token acts for"),
  createdBy: z.string(),
  scopes: z.array(z.enum(["read", "write"])),
  expiresAt: timestamp,
  createdAt: timestamp,
  revokedAt: timestamp.nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenViewSchema>;

/** GET /api/tokens */
export const apiTokenListSchema = z.object({ items: z.array(apiTokenViewSchema) });
export type ApiTokenList = z.infer<typeof apiTokenListSchema>;
