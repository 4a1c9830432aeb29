/**
 * Kysely table types. Both dialects store the same shapes: ids are UUID strings, timestamps are
 * ISO-8601 UTC strings, booleans are integers 0/1, JSON is text. That keeps one repository code
 * path for SQLite and PostgreSQL.
 */
import type { Generated, Kysely, Updateable } from "kysely";
import type {
  TrainingClassroomSessionTable,
  TrainingProgressTable,
  TrainingQuestionResultTable,
  TrainingQuizAttemptTable,
  TrainingRefresherIntervalTable,
} from "./training-schema.js";
import type {
  MissingChecklistItemTable,
  MissingDetailsTable,
  ReportTable,
  ReviewDateTable,
  StepRecordTable,
  TrajectTable,
} from "./steps-schema.js";
import type { LoginLimitTable, RecoveryCodeTable, TotpEnrolmentTable } from "./auth-schema.js";
import type { ContactCheckTable } from "./contacts-schema.js";
import type { JobTable } from "./jobs-schema.js";
import type {
  InvitationTable,
  MailOutboxTable,
  NoticePreferenceTable,
  PasswordResetTable,
} from "./mail-schema.js";
import type {
  StatisticsCellTable,
  StatisticsExportCellTable,
  StatisticsRunTable,
} from "./statistics-schema.js";
import type { AuditAnchorTable, DeletionLogTable, RetentionHoldTable } from "./retention-schema.js";

export interface OrganisationTable {
  id: string;
  name: string;
  type: string;
  region: string | null;
  created_at: string;
  /** When the system admin deactivated it; null while active. */
  deactivated_at: string | null;
  /** Optimistic concurrency for renames and deactivation. */
  version: Generated<number>;
}

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  /** JSON array of role codes. */
  roles: string;
  organisation_id: string;
  password_hash: string | null;
  /** Encrypted TOTP secret, or null when 2FA is off. */
  totp_secret: string | null;
  /** The last TOTP time step accepted (unix seconds / 30), so a code works only once. */
  totp_last_step: number | null;
  status: string;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
  /** Optimistic concurrency for the administrators' changes (migration 20261210010100). */
  version: Generated<number>;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_org_id: string | null;
  action: string;
  outcome: string;
  youth_id: string | null;
  record_type: string | null;
  record_ids: string;
  ip: string | null;
  client: string | null;
  /** Why (emergency access): encrypted on keyed rows; plain on rows older than ADR 0008. */
  reason_enc: string | null;
  details: string;
  prev_hash: string;
  /** SHA-256 (legacy rows) or HMAC-SHA-256 (keyed rows) of the entry; see ADR 0008. */
  hash: string;
  /** The keyed chain of the row; null for the legacy plain SHA-256 segment. */
  chain: number | null;
  /** 1-based position in its chain; null for legacy rows. */
  chain_pos: number | null;
  /** Id of the audit key the MAC was made with; null for legacy rows. */
  mac_key: string | null;
}

export interface YouthTable {
  id: string;
  display_name_enc: string;
  v_number_enc: string | null;
  v_number_idx: string | null;
  bsn_enc: string | null;
  bsn_idx: string | null;
  dob_enc: string;
  dob_estimated: number;
  name_dob_idx: string;
  /** Encrypted (ADR 0009), like the other identifying fields. */
  nationality_enc: string | null;
  /** Encrypted JSON array of language codes. */
  languages_enc: string;
  gender_enc: string | null;
  location_id: string;
  status: string;
  arrived_at: string;
  version: number;
  level: number;
  previous_level: number;
  level_changed_at: string | null;
  picture: string | null;
  /** From the picture, for lists (migration 1420): level per type and the number of reasons. */
  level_sexual: Generated<number>;
  level_criminal: Generated<number>;
  level_labour: Generated<number>;
  reason_count: Generated<number>;
  picture_computed_at: string | null;
  rules_version: string | null;
  /** When the dossier was closed or the youth left care (retention, issue 22); else null. */
  closed_at: Generated<string | null>;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface YouthLocationTable {
  id: string;
  youth_id: string;
  organisation_id: string;
  started_at: string;
  ended_at: string | null;
  handover_note_id: string | null;
}

export interface HandoverNoteTable {
  id: string;
  youth_id: string;
  from_organisation_id: string;
  to_organisation_id: string;
  open_concerns_enc: string;
  safety_agreements_enc: string;
  next_steps_enc: string;
  created_by: string;
  created_at: string;
}

export interface CircleMemberTable {
  id: string;
  youth_id: string;
  user_id: string;
  relation: string;
  read_only: number;
  access_until: string | null;
  added_by: string;
  added_at: string;
  ended_at: string | null;
  ended_by: string | null;
  ended_reason_enc: string | null;
}

export interface AccessRequestTable {
  id: string;
  youth_id: string;
  requester_id: string;
  reason_enc: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface EmergencyAccessTable {
  id: string;
  youth_id: string;
  user_id: string;
  reason_enc: string;
  started_at: string;
  expires_at: string;
}

export interface SignalTable {
  id: string;
  youth_id: string;
  recorded_by: string;
  recorder_org_id: string;
  recorder_role: string;
  observed_at: string;
  source: string;
  source_detail_enc: string | null;
  facts_enc: string;
  interpretation_enc: string | null;
  context_answers_enc: string | null;
  catalog_version: string;
  idempotency_key: string | null;
  created_at: string;
}

export interface SignalIndicatorTable {
  signal_id: string;
  youth_id: string;
  indicator_id: string;
}

/** A structured mention on a signal (issue 25); append-only, matched by `value_idx` only. */
export interface SignalEntityTable {
  id: string;
  signal_id: string;
  youth_id: string;
  /** One of ENTITY_KINDS (src/domain/patterns/entities.ts). */
  kind: string;
  /** The normalised value, encrypted. */
  value_enc: string;
  /** Keyed blind index of the match class and the normalised value. */
  value_idx: string;
  created_at: string;
}

export interface SignalRetractionTable {
  id: string;
  signal_id: string;
  youth_id: string;
  retracted_by: string;
  /** Role and organisation at the moment of retracting (null before migration 1410). */
  retractor_role: string | null;
  retractor_org_id: string | null;
  reason_enc: string;
  created_at: string;
}

export interface VulnerabilityEntryTable {
  id: string;
  youth_id: string;
  factor_id: string;
  present: number;
  noted_at: string;
  note_enc: string | null;
  recorded_by: string;
  created_at: string;
}

export interface JudgementTable {
  id: string;
  youth_id: string;
  author_id: string;
  kind: string;
  reason_enc: string;
  created_at: string;
}

export interface PictureHistoryTable {
  id: string;
  youth_id: string;
  level: number;
  rules_version: string;
  computed_at: string;
  cause: string;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  youth_id: string | null;
  kind: string;
  level: number | null;
  created_at: string;
  read_at: string | null;
}

export interface MissingEpisodeTable {
  id: string;
  youth_id: string;
  started_at: string;
  ended_at: string | null;
  created_by: string;
  created_at: string;
  version: number;
}

export interface SafetyAlertTable {
  id: string;
  youth_id: string;
  raised_at: string;
  raised_by: string;
  handled_at: string | null;
  handled_by: string | null;
  source_id: string | null;
  handled_note_enc: string | null;
}

/** Keyed upgrades of stored values done at start-up (migration 20261207030300). */
export interface EncryptionUpgradeTable {
  name: string;
  completed_at: string;
  rows: number;
}

export interface ApiTokenTable {
  id: string;
  token_hash: string;
  name: string;
  user_id: string;
  scopes: string;
  expires_at: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  youths: YouthTable;
  youth_locations: YouthLocationTable;
  handover_notes: HandoverNoteTable;
  circle_members: CircleMemberTable;
  access_requests: AccessRequestTable;
  emergency_access: EmergencyAccessTable;
  signals: SignalTable;
  signal_indicators: SignalIndicatorTable;
  signal_retractions: SignalRetractionTable;
  signal_entities: SignalEntityTable;
  vulnerability_entries: VulnerabilityEntryTable;
  judgements: JudgementTable;
  picture_history: PictureHistoryTable;
  notifications: NotificationTable;
  training_progress: TrainingProgressTable;
  training_quiz_attempts: TrainingQuizAttemptTable;
  training_question_results: TrainingQuestionResultTable;
  training_classroom_sessions: TrainingClassroomSessionTable;
  training_refresher_intervals: TrainingRefresherIntervalTable;
  missing_episodes: MissingEpisodeTable;
  safety_alerts: SafetyAlertTable;
  api_tokens: ApiTokenTable;
  trajects: TrajectTable;
  step_records: StepRecordTable;
  reports: ReportTable;
  review_dates: ReviewDateTable;
  missing_details: MissingDetailsTable;
  missing_checklist_items: MissingChecklistItemTable;
  login_limits: LoginLimitTable;
  totp_enrolments: TotpEnrolmentTable;
  recovery_codes: RecoveryCodeTable;
  contact_checks: ContactCheckTable;
  statistics_runs: StatisticsRunTable;
  statistics_cells: StatisticsCellTable;
  statistics_export_cells: StatisticsExportCellTable;
  encryption_upgrades: EncryptionUpgradeTable;
  jobs: JobTable;
  mail_outbox: MailOutboxTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  notice_preferences: NoticePreferenceTable;
  deletion_log: DeletionLogTable;
  audit_anchors: AuditAnchorTable;
  retention_holds: RetentionHoldTable;
}

/** A database handle as services see it (they never import Kysely themselves). */
export type DatabaseHandleDb = Kysely<Database>;

/** A partial update of a training progress row (used by the training services). */
export type TrainingProgressPatch = Omit<Updateable<TrainingProgressTable>, "id" | "version">;

/** The columns a dossier update may change (updateYouthVersioned bumps the version itself). */
export type YouthPatch = Omit<Updateable<YouthTable>, "id" | "version">;
