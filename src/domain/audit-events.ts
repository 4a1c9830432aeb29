/**
 * The closed list of things the access log (NEN 7513) records. Every read of a dossier or of
 * anything in it, every change, export and print, and every refused attempt is one of these.
 */
import { z } from "zod";
import { AUDIT_ACTIONS } from "./audit-actions.js";

export { AUDIT_ACTIONS };
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ["ok", "denied"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Extra facts per entry: ids and counts only, never personal data or free text. */
export const auditDetails = z.record(
  z.string(),
  z.union([z.string().max(200), z.number(), z.boolean(), z.array(z.string().max(100)).max(50)]),
);
export type AuditDetails = z.infer<typeof auditDetails>;

export interface AuditEntryInput {
  action: AuditAction;
  outcome?: AuditOutcome;
  youthId?: string | null;
  recordType?: string | null;
  recordIds?: string[];
  reason?: string | null;
  details?: AuditDetails;
}
