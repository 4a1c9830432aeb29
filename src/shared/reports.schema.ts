/**
 * Reports: CoMensha registration, Veilig Thuis report, police information. Each form holds only
 * what that form needs (no BSN anywhere; the V-number only for the police). Forms are checked
 * per kind by the service: a draft may be partial, a report that is sent must be whole.
 */
import { z } from "zod";
import { VT_CONSENT_STATUSES } from "../domain/steps/consent.js";
import {
  POLICE_MODES,
  REFLECTION_PERIOD_STATES,
  REPORT_EXPLOITATION_TYPES,
  REPORT_KINDS,
  type ReportKind,
} from "../domain/steps/options.js";
import {
  isoDateField,
  looseObject,
  requiredText,
  textField,
  uuidField,
  versionField,
} from "./steps-common.schema.js";

export { POLICE_MODES, REFLECTION_PERIOD_STATES, REPORT_EXPLOITATION_TYPES, REPORT_KINDS };
export type { ReportKind };
export const SIGNAL_SOURCE_VALUES = ["own_observation", "youth_told", "third_party"] as const;

const youthPart = z
  .object({
    displayName: requiredText(1, 120),
    dateOfBirth: isoDateField,
    dateOfBirthEstimated: z.boolean(),
    gender: z.enum(["male", "female", "other", "unknown"]),
    nationality: textField(60),
    languages: z.array(requiredText(2, 40)).max(10),
  })
  .strict();
const locationPart = z
  .object({ organisation: requiredText(1, 200), region: textField(100) })
  .strict();
const reporterPart = z
  .object({
    name: requiredText(1, 120),
    organisation: requiredText(1, 200),
    role: textField(60),
    phone: textField(30).optional(),
  })
  .strict();
const signalLine = z
  .object({
    observedOn: isoDateField,
    indicator: requiredText(1, 300),
    organisation: textField(200),
    source: z.enum(SIGNAL_SOURCE_VALUES),
  })
  .strict();

export const REPORT_FORMS = {
  comensha: z
    .object({
      youth: youthPart,
      location: locationPart,
      exploitationTypes: z
        .array(z.enum(REPORT_EXPLOITATION_TYPES))
        .min(1)
        .max(REPORT_EXPLOITATION_TYPES.length),
      description: requiredText(10, 6000),
      firstSignalOn: isoDateField.optional(),
      lastSignalOn: isoDateField.optional(),
      observerOrganisations: z.array(requiredText(1, 200)).max(20),
      situation: textField(4000).optional(),
      shelterNeeded: z.boolean(),
      // Verblijfsregeling mensenhandel (Vc B8/3, facts.md §6). Optional, so drafts saved before
      // these fields existed can still be sent; our own design, see content/training/REVIEW.md.
      /** Has the police or KMar offered the bedenktijd (max. 3 months)? */
      reflectionPeriod: z.enum(REFLECTION_PERIOD_STATES).optional(),
      /** The youth cannot cooperate with the police (minority, serious threat, medical). */
      cannotCooperateWithPolice: z.boolean().optional(),
      /** Where the residence permit for victims stands, in a few words. */
      residenceNote: textField(2000).optional(),
      reporter: reporterPart,
    })
    .strict(),
  veilig_thuis: z
    .object({
      youth: youthPart.omit({ nationality: true }),
      location: locationPart,
      guardianOrganisation: textField(200).optional(),
      concern: requiredText(10, 6000),
      signals: z.array(signalLine).max(50),
      pictureLevel: z.number().int().min(0).max(4),
      acuteDanger: z.boolean(),
      stepsTaken: textField(4000).optional(),
      consentStatus: z.enum(VT_CONSENT_STATUSES),
      youthKnows: z.boolean(),
      consentNote: textField(2000).optional(),
      reporter: reporterPart,
    })
    .strict(),
  police: z
    .object({
      mode: z.enum(POLICE_MODES),
      youth: youthPart.extend({ vNumber: textField(20).optional() }).strict(),
      location: locationPart,
      facts: requiredText(10, 6000),
      signals: z.array(signalLine).max(50),
      leads: textField(4000).optional(),
      youthKnows: z.boolean(),
      youthWantsToReport: z.enum(["yes", "no", "not_asked"]),
      nonPunishmentNoted: z.boolean(),
      reporter: reporterPart,
    })
    .strict(),
} satisfies Record<ReportKind, z.ZodObject>;

export type ReportForm<K extends ReportKind> = z.infer<(typeof REPORT_FORMS)[K]>;

/** The signed toestemmingsverklaring (CoMensha only): 16+ the youth, under 16 the guardian. */
export const consentRecord = z
  .object({
    signer: z.enum(["youth", "guardian"]),
    signerName: requiredText(2, 120),
    signedOn: isoDateField,
    statementKept: z.boolean(),
  })
  .strict();
export type ConsentRecord = z.infer<typeof consentRecord>;

export const reportParams = z.object({ id: uuidField, reportId: uuidField }).strict();
export const prefillQuery = z.object({ kind: z.enum(REPORT_KINDS) }).strict();

export const createReportBody = z
  .object({
    kind: z.enum(REPORT_KINDS),
    trajectId: uuidField.optional(),
    form: looseObject,
    consent: consentRecord.nullable().optional(),
    send: z.boolean(),
  })
  .strict();

export const updateReportBody = z
  .object({
    version: versionField,
    form: looseObject,
    consent: consentRecord.nullable().optional(),
    send: z.boolean(),
  })
  .strict();

export type { ConsentRule, ReportList, ReportPrefill, ReportView } from "./api/reports.js";
