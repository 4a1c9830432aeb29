/**
 * Retention rules as data (issue 22): per record type a default term, where the term starts, the
 * bounds a deployment may set it within, and the source it rests on. Pure: the job in
 * src/services/retention/ applies them, docs/retention.md explains them to the data protection
 * officer (DPO).
 *
 * Where a term follows the law (the Verwijsindex in the Jeugdwet) InZicht is not bound by that
 * law: it is the closest Dutch rule for a system of this kind, used by analogy. Every default
 * marked `needsDpoDecision` is the product's proposal; the DPO of the deployment decides.
 */

export const RECORD_TYPES = [
  "dossier",
  "signals",
  "steps_reports",
  "missing_episodes",
  "training_records",
  "access_log",
  "sessions",
  "notifications",
  "mail_outbox",
  "invitations",
  "dead_letters",
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Where a term comes from: a legal rule used by analogy, a norm without a term, or our design. */
export type RetentionBasis = "law-by-analogy" | "norm-without-term" | "own-design";

export interface RetentionRule {
  recordType: RecordType;
  /** Stable id written to the deletion log, e.g. "dossier.after-closing". */
  ruleId: string;
  /** Default term in days. */
  defaultDays: number;
  /** The smallest and largest term a deployment may configure. */
  minDays: number;
  maxDays: number;
  /** What the term counts from (English; docs/retention.md has the Dutch). */
  startsAt: string;
  basis: RetentionBasis;
  /** The legal source or norm (facts.md section), or "own design". */
  source: string;
  /** True when the default is our proposal that the DPO must confirm. */
  needsDpoDecision: boolean;
}

const YEAR = 365;
const VIR = "Jeugdwet art. 7.1.4.5 and 7.1.4.6 (Verwijsindex; facts.md §3 Retention)";

/** The rules, one per record type. */
export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    recordType: "dossier",
    ruleId: "dossier.after-closing",
    defaultDays: 5 * YEAR,
    minDays: 30,
    maxDays: 20 * YEAR,
    startsAt: "the dossier was closed or the youth left care",
    basis: "law-by-analogy",
    source: `${VIR}: a removed report stays 5 years in the historical archive, then is destroyed`,
    needsDpoDecision: true,
  },
  {
    recordType: "signals",
    ruleId: "signals.after-observation",
    defaultDays: 7 * YEAR,
    minDays: 2 * YEAR,
    maxDays: 20 * YEAR,
    startsAt: "the signal was observed (in a dossier that is still open)",
    basis: "law-by-analogy",
    source: `${VIR}: a report is active for at most 2 years, then 5 years in the archive`,
    needsDpoDecision: true,
  },
  {
    recordType: "steps_reports",
    ruleId: "steps-reports.after-traject-closed",
    defaultDays: 7 * YEAR,
    minDays: 2 * YEAR,
    maxDays: 20 * YEAR,
    startsAt: "the traject (concern) was closed; its steps, reports and review dates go with it",
    basis: "law-by-analogy",
    source: `${VIR} (2 + 5 years), as for signals`,
    needsDpoDecision: true,
  },
  {
    recordType: "missing_episodes",
    ruleId: "missing.after-end",
    defaultDays: 7 * YEAR,
    minDays: 2 * YEAR,
    maxDays: 20 * YEAR,
    startsAt: "the episode ended (the youth was back in view)",
    basis: "law-by-analogy",
    source: `${VIR} (2 + 5 years), as for signals`,
    needsDpoDecision: true,
  },
  {
    recordType: "training_records",
    ruleId: "training.after-deactivation",
    defaultDays: 2 * YEAR,
    minDays: 30,
    maxDays: 10 * YEAR,
    startsAt: "the professional's account was deactivated",
    basis: "own-design",
    source: "own design (not reviewed by the DPO)",
    needsDpoDecision: true,
  },
  {
    recordType: "access_log",
    ruleId: "access-log.after-entry",
    defaultDays: 5 * YEAR,
    minDays: YEAR,
    maxDays: 20 * YEAR,
    startsAt: "the entry was written",
    basis: "norm-without-term",
    source:
      "NEN 7513 (facts.md §6): the organisation must set a retention period for log data; the norm sets none",
    needsDpoDecision: true,
  },
  {
    recordType: "sessions",
    ruleId: "sessions.after-expiry",
    defaultDays: 1,
    minDays: 1,
    maxDays: 90,
    startsAt: "the session expired",
    basis: "own-design",
    source: "own design (security: an expired session is of no use)",
    needsDpoDecision: false,
  },
  {
    recordType: "notifications",
    ruleId: "notifications.after-creation",
    defaultDays: 180,
    minDays: 30,
    maxDays: 2 * YEAR,
    startsAt: "the notification was created",
    basis: "own-design",
    source: "own design (not reviewed by the DPO)",
    needsDpoDecision: true,
  },
  {
    recordType: "mail_outbox",
    ruleId: "mail.after-creation",
    defaultDays: 30,
    minDays: 7,
    maxDays: YEAR,
    startsAt: "the mail was queued (sent or given up; a mail still waiting stays)",
    basis: "own-design",
    source: "own design (not reviewed by the DPO)",
    needsDpoDecision: false,
  },
  {
    recordType: "invitations",
    ruleId: "invitations.after-expiry",
    defaultDays: 30,
    minDays: 1,
    maxDays: YEAR,
    startsAt: "the invitation or password-reset link expired",
    basis: "own-design",
    source: "own design (not reviewed by the DPO)",
    needsDpoDecision: false,
  },
  {
    recordType: "dead_letters",
    ruleId: "jobs.after-completion",
    defaultDays: 90,
    minDays: 7,
    maxDays: YEAR,
    startsAt: "the job completed or failed for good (a dead letter)",
    basis: "own-design",
    source: "own design; job data holds ids and counts only (ADR 0018)",
    needsDpoDecision: false,
  },
];

/** The age at which a dossier is removed at the latest, whatever its state (but a legal hold). */
export const DOSSIER_MAX_AGE = {
  ruleId: "dossier.max-age",
  defaultYears: 23,
  minYears: 18,
  maxYears: 30,
  source: `${VIR}: all data are destroyed on the day the youth turns 23`,
  needsDpoDecision: true,
} as const;

/** A deployment's terms: days per record type and the maximum age. */
export interface RetentionTerms {
  days: Record<RecordType, number>;
  maxAgeYears: number;
}

/** The defaults of every rule. */
export function defaultRetentionTerms(): RetentionTerms {
  const days = Object.fromEntries(RETENTION_RULES.map((r) => [r.recordType, r.defaultDays]));
  return { days: days as Record<RecordType, number>, maxAgeYears: DOSSIER_MAX_AGE.defaultYears };
}

/** The rule of one record type. */
export function ruleFor(type: RecordType): RetentionRule {
  const rule = RETENTION_RULES.find((r) => r.recordType === type);
  if (!rule) throw new Error(`no retention rule for ${type}`);
  return rule;
}

/** The moment before which a record of this type has expired. */
export function cutoff(terms: RetentionTerms, type: RecordType, now: Date): Date {
  return new Date(now.getTime() - terms.days[type] * 86_400_000);
}

/** The reasons a dossier is kept although a rule says it expired (decided in issue 22). */
export type KeepReason = "legal_hold" | "open_missing_episode" | "open_report" | "open_traject";

/** What is known of a dossier when the job considers it. */
export interface DossierState {
  status: string;
  closedAt: string | null;
  /** Date of birth (YYYY-MM-DD), decrypted; null when unknown. */
  dateOfBirth: string | null;
  keep: readonly KeepReason[];
}

/** Statuses in which a dossier counts as closed (the youth left care or the dossier was closed). */
export const CLOSED_STATUSES: readonly string[] = ["closed", "left_care"];

/** The date a youth reaches `years` (29 Feb → 1 Mar in a non-leap year). */
export function dateAtAge(dateOfBirth: string, years: number): Date {
  const [y, m, d] = dateOfBirth.split("-").map(Number);
  return new Date(Date.UTC((y ?? 0) + years, (m ?? 1) - 1, d ?? 1));
}

/**
 * Which rule (if any) removes this dossier now: the maximum age first, then the term after
 * closing. A dossier with a keep reason is never removed.
 */
export function dossierExpiry(
  terms: RetentionTerms,
  state: DossierState,
  now: Date,
): { ruleId: string } | null {
  if (state.keep.length > 0) return null;
  if (state.dateOfBirth && dateAtAge(state.dateOfBirth, terms.maxAgeYears) <= now)
    return { ruleId: DOSSIER_MAX_AGE.ruleId };
  if (
    CLOSED_STATUSES.includes(state.status) &&
    state.closedAt !== null &&
    new Date(state.closedAt) <= cutoff(terms, "dossier", now)
  )
    return { ruleId: ruleFor("dossier").ruleId };
  return null;
}
