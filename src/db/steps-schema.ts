/**
 * Kysely table types of the steps feature (trajects, step records, reports, review dates, the
 * missing protocol). Same conventions as schema.ts: UUID strings, ISO timestamps, 0/1, JSON text.
 * Columns ending in `_enc` hold encrypted text (FieldCrypto).
 */

export interface TrajectTable {
  id: string;
  youth_id: string;
  /** A TrajectState (src/domain/steps/traject.ts). */
  status: string;
  concern_enc: string | null;
  opened_by: string;
  opened_at: string;
  closed_by: string | null;
  closed_at: string | null;
  close_reason: string | null;
  /** Handover at 18: the day of the handover (YYYY-MM-DD); retention runs from here. */
  handover_on: string | null;
  updated_at: string;
  version: number;
}

export interface StepRecordTable {
  id: string;
  traject_id: string;
  youth_id: string;
  /** A StepKind. */
  step: string;
  draft: number;
  /** Encrypted JSON: what was done (per step). */
  what_enc: string;
  why_enc: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  completed_by: string | null;
  completed_at: string | null;
  recorder_org_id: string;
  /** Order within the traject (1, 2, …). */
  seq: number;
  version: number;
}

export interface ReportTable {
  id: string;
  youth_id: string;
  traject_id: string | null;
  /** comensha | veilig_thuis | police */
  kind: string;
  /** draft | sent */
  status: string;
  form_enc: string;
  consent_enc: string | null;
  consent_signer: string | null;
  /** Encrypted JSON: the frozen snapshot of what was sent, by whom and when. */
  snapshot_enc: string | null;
  /** SHA-256 of the snapshot JSON, to show it never changed. */
  snapshot_hash: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  sent_by: string | null;
  sent_at: string | null;
  version: number;
}

export interface ReviewDateTable {
  id: string;
  youth_id: string;
  traject_id: string | null;
  episode_id: string | null;
  /** A ReviewKind. */
  kind: string;
  due_at: string;
  responsible_id: string;
  note_enc: string | null;
  done_at: string | null;
  done_by: string | null;
  outcome_enc: string | null;
  cancelled_at: string | null;
  reminded_at: string | null;
  created_by: string;
  created_at: string;
  version: number;
}

export interface MissingDetailsTable {
  episode_id: string;
  youth_id: string;
  reported_at: string;
  last_seen_where_enc: string;
  last_seen_with_enc: string | null;
  circumstances_enc: string;
  /** Encrypted JSON: belongings and phone. */
  belongings_enc: string | null;
  level_at_start: number;
  end_outcome: string | null;
  found_where_enc: string | null;
  ended_by: string | null;
  /** Encrypted JSON: the return conversation. */
  conversation_enc: string | null;
  conversation_by: string | null;
  conversation_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_note_enc: string | null;
  updated_at: string;
}

export interface MissingChecklistItemTable {
  id: string;
  episode_id: string;
  youth_id: string;
  item: string;
  required: number;
  /** When it was done (as told by the user). */
  done_at: string | null;
  done_by: string | null;
  /** When it was recorded. */
  recorded_at: string | null;
  note_enc: string | null;
  /** Why a required item was not done when the episode closed (migration 20261207060000). */
  skip_reason_enc: string | null;
  created_at: string;
  version: number;
}
