/**
 * Response schemas of the directory routes (issue 17): organisations and the professionals who
 * can join a circle. No e-mail address leaves in the professionals list (the schema has none).
 */
import { z } from "zod";

export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  region: z.string().nullable().describe("The care region; null for an organisation outside one"),
});
export type Organisation = z.infer<typeof organisationSchema>;

/** GET /api/organisations */
export const organisationListSchema = z.object({ items: z.array(organisationSchema) });
export type OrganisationList = z.infer<typeof organisationListSchema>;

export const professionalSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.string()).describe("Casework roles only"),
  organisation: z.object({ id: z.string(), name: z.string() }),
});
export type Professional = z.infer<typeof professionalSchema>;

/** GET /api/professionals */
export const professionalListSchema = z.object({ items: z.array(professionalSchema) });
export type ProfessionalList = z.infer<typeof professionalListSchema>;
