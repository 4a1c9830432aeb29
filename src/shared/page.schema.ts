/** `?limit=&cursor=` of lists that are read whole and returned in pages (API.md: limit ≤ 200). */
import { z } from "zod";
import { opaqueText } from "./text.schema.js";

export const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(200),
    cursor: opaqueText(100).optional(),
  })
  .strict();
export type PageQuery = z.infer<typeof pageQuery>;
