/** Request and response shapes of /api/youths, shared with the SPA. */
import { z } from "zod";
import { freeText, lineText, opaqueText } from "./text.schema.js";
import { CIRCLE_RELATION_VALUES, GENDER_VALUES } from "./youth-values.js";

export { CIRCLE_RELATION_VALUES, GENDER_VALUES };

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(v)), "not a real date");
export const uuid = z.string().uuid();
export const youthIdParams = z.object({ id: uuid }).strict();

export const YOUTH_STATUS_VALUES = [
  "present",
  "missing",
  "transferred",
  "left_care",
  "closed",
] as const;

export const registerYouthBody = z
  .object({
    displayName: lineText(1, 120),
    vNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z -]{4,20}$/, "4–20 letters or digits")
      .optional(),
    bsn: z
      .string()
      .trim()
      .regex(/^\d{8,9}$/, "8 or 9 digits")
      .optional(),
    dateOfBirth: isoDate,
    dateOfBirthEstimated: z.boolean().default(false),
    nationality: lineText(0, 60).optional(),
    languages: z.array(lineText(2, 40)).max(10).default([]),
    gender: z.enum(GENDER_VALUES).optional(),
    locationId: uuid,
    arrivedAt: isoDate,
    /** Set after the user saw the duplicate warning and still wants a new dossier. */
    confirmNotDuplicate: z.boolean().default(false),
  })
  .strict();
export type RegisterYouthBody = z.input<typeof registerYouthBody>;

export const updateYouthBody = z
  .object({
    version: z.number().int().min(1),
    displayName: lineText(1, 120).optional(),
    vNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z -]{4,20}$/)
      .nullable()
      .optional(),
    bsn: z
      .string()
      .trim()
      .regex(/^\d{8,9}$/)
      .nullable()
      .optional(),
    dateOfBirth: isoDate.optional(),
    dateOfBirthEstimated: z.boolean().optional(),
    nationality: lineText(0, 60).nullable().optional(),
    languages: z.array(lineText(2, 40)).max(10).optional(),
    gender: z.enum(GENDER_VALUES).nullable().optional(),
    status: z.enum(["present", "transferred", "left_care", "closed"]).optional(),
    /** After a duplicate warning: "this is really another youth". */
    confirmNotDuplicate: z.boolean().optional(),
  })
  .strict();
export type UpdateYouthBody = z.input<typeof updateYouthBody>;

export const listYouthsQuery = z
  .object({
    q: lineText(0, 100).optional(),
    status: z.enum(YOUTH_STATUS_VALUES).optional(),
    locationId: uuid.optional(),
    minLevel: z.coerce.number().int().min(0).max(4).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: opaqueText(300).optional(),
  })
  .strict();

export const relocateBody = z
  .object({
    toLocationId: uuid,
    newMentorId: uuid.optional(),
    version: z.number().int().min(1),
    handover: z
      .object({
        openConcerns: freeText(1, 4000),
        safetyAgreements: freeText(1, 4000),
        nextSteps: freeText(1, 4000),
      })
      .strict(),
  })
  .strict();

export const addMemberBody = z
  .object({
    userId: uuid.optional(),
    email: lineText(0, 320).email().optional(),
    relation: z.enum(CIRCLE_RELATION_VALUES),
  })
  .strict()
  .refine((b) => (b.userId ? !b.email : !!b.email), "give either userId or email");
export const removeMemberBody = z.object({ reason: freeText(3, 500) }).strict();
export const memberParams = z.object({ id: uuid, memberId: uuid }).strict();

export const accessRequestBody = z.object({ reason: freeText(10, 1000) }).strict();
export const decideRequestBody = z.object({ decision: z.enum(["approved", "declined"]) }).strict();
export const requestParams = z.object({ id: uuid, requestId: uuid }).strict();
export const emergencyBody = z.object({ reason: freeText(10, 1000) }).strict();

export const auditQuery = z
  .object({
    youthId: uuid.optional(),
    userId: uuid.optional(),
    action: opaqueText(60).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
    cursor: z.coerce.number().int().min(0).optional(),
  })
  .strict();

/** The privacy officer's youth lookup: part of a name, or a V-number. */
export const auditYouthQuery = z.object({ q: lineText(2, 100) }).strict();

export type { HandoverNote, YouthDossier, YouthSummary } from "./api/youths.js";
