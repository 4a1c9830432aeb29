/**
 * The closed list of things the access log (NEN 7513) records. Every read of a dossier or of
 * anything in it, every change, export and print, and every refused attempt is one of these.
 */
import { z } from "zod";

export const AUDIT_ACTIONS = [
  "auth.login",
  "auth.login_failed",
  "auth.logout",
  "user.create",
  "youth.create",
  "youth.read",
  "youth.update",
  "youth.relocate",
  "youth.denied",
  "youth.duplicate_check",
  "circle.read",
  "circle.add",
  "circle.remove",
  "access.request",
  "access.decide",
  "access.emergency",
  "signal.list",
  "signal.create",
  "signal.retract",
  "vulnerability.read",
  "vulnerability.update",
  "picture.read",
  "judgement.create",
  "timeline.read",
  "audit.read",
  "audit.export",
  "report.create",
  "report.export",
  "steps.read",
  "steps.change",
  "missing.change",
  "keys.rotate",
  "token.create",
  "token.revoke",
  "auth.totp_enabled",
  "training.progress",
  "training.export",
  "training.classroom",
  "training.settings",
] as const;
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
