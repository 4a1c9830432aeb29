/**
 * Checks a report form per kind (drafts may be partial) and what must hold before it is sent:
 * CoMensha needs the signed consent of the right person, the police form the non-punishment note.
 */
import { validationFailed, type ErrorDetail } from "../../domain/errors.js";
import { requiredSigner } from "../../domain/steps/consent.js";
import { isoDate } from "../../domain/youth/age.js";
import {
  REPORT_FORMS,
  type ConsentRecord,
  type ReportForm,
  type ReportKind,
} from "../../shared/reports.schema.js";

/** The validated form (partial for a draft). */
export function parseReportForm(
  kind: ReportKind,
  form: Record<string, unknown>,
  draft: boolean,
): Record<string, unknown> {
  const schema = draft ? REPORT_FORMS[kind].partial() : REPORT_FORMS[kind];
  const result = schema.safeParse(form);
  if (!result.success)
    throw validationFailed(
      draft
        ? "The draft has fields that are not valid."
        : "The report is not complete or not valid.",
      result.error.issues.map((i) => ({
        path: ["form", ...i.path.map(String)].join("."),
        message: i.message,
      })),
    );
  return result.data as Record<string, unknown>;
}

/** Consent is recorded for CoMensha only. */
export function assertConsentKind(
  kind: ReportKind,
  consent: ConsentRecord | null | undefined,
): void {
  if (consent && kind !== "comensha")
    throw validationFailed("Consent is recorded for a CoMensha registration only.", [
      { path: "consent", message: "not for this kind of report" },
    ]);
}

export interface SendContext {
  dateOfBirth: string;
  today: string;
  actorIsGuardian: boolean;
}

function comenshaProblems(consent: ConsentRecord | null, c: SendContext): ErrorDetail[] {
  if (!consent) return [{ path: "consent", message: "the signed consent statement is required" }];
  const out: ErrorDetail[] = [];
  const needed = requiredSigner(c.dateOfBirth, consent.signedOn);
  if (consent.signer !== needed)
    out.push({
      path: "consent.signer",
      message: needed === "youth" ? "a youth of 16 or older signs" : "under 16 the guardian signs",
    });
  if (consent.signedOn > c.today) out.push({ path: "consent.signedOn", message: "in the future" });
  if (!consent.statementKept)
    out.push({ path: "consent.statementKept", message: "keep the signed statement in the file" });
  if (consent.signer === "guardian" && !c.actorIsGuardian)
    out.push({
      path: "consent.signer",
      message: "only the guardian records the guardian's consent",
    });
  return out;
}

/** Throws unless the (complete) report may be sent. */
export function assertSendable(
  kind: ReportKind,
  form: Record<string, unknown>,
  consent: ConsentRecord | null,
  c: SendContext,
): void {
  const problems: ErrorDetail[] = [];
  if (kind === "comensha") problems.push(...comenshaProblems(consent, c));
  if (kind === "police" && !(form as ReportForm<"police">).nonPunishmentNoted)
    problems.push({
      path: "form.nonPunishmentNoted",
      message: "read the non-punishment note first",
    });
  if (problems.length > 0) throw validationFailed("The report cannot be sent yet.", problems);
}

/** Today's date for send checks. */
export const todayOf = (now: Date): string => isoDate(now);
