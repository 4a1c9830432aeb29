/** Request bodies of the system admin's organisation screens (issue 19). */
import { z } from "zod";
import { ORGANISATION_TYPES } from "../domain/roles.js";
import { lineText } from "./text.schema.js";

export const organisationCreateBody = z
  .object({
    name: lineText(2, 200),
    type: z.enum(ORGANISATION_TYPES),
    region: lineText(1, 100).nullable().optional(),
  })
  .strict();
export type OrganisationCreateBody = z.infer<typeof organisationCreateBody>;

export const organisationUpdateBody = z
  .object({
    version: z.number().int().min(1),
    name: lineText(2, 200).optional(),
    type: z.enum(ORGANISATION_TYPES).optional(),
    region: lineText(1, 100).nullable().optional(),
  })
  .strict();
export type OrganisationUpdateBody = z.infer<typeof organisationUpdateBody>;

export const organisationDeactivateBody = z.object({ version: z.number().int().min(1) }).strict();

/** One organisation as the admin screen shows it. */
export interface AdminOrganisation {
  id: string;
  name: string;
  type: (typeof ORGANISATION_TYPES)[number];
  region: string | null;
  active: boolean;
  deactivatedAt: string | null;
  version: number;
  activeUsers: number;
  youths: number;
}
