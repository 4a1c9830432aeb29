/** Missing episodes as the API shows them (decrypted), with checklist and reviews. */
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { ChecklistRow, EpisodeRow } from "../../db/repositories/missing.repository.js";
import type { ReviewWithPeople } from "../../db/repositories/review.repository.js";
import type { ConversationBody, EpisodeView } from "../../shared/missing.schema.js";
import { reviewView } from "../steps/review-view.js";
import { field, type FieldBinding } from "../../db/encrypted-columns.js";

type ChecklistWithName = ChecklistRow & { done_name: string | null };

const dec = (c: FieldCrypto, v: string | null, at: FieldBinding) => (v ? c.decrypt(v, at) : null);

/** "missing" while no end is recorded, "ended" once back in view, "closed" when closed. */
export function episodeStatus(
  e: Pick<EpisodeRow, "ended_at" | "closed_at">,
): EpisodeView["status"] {
  if (e.closed_at) return "closed";
  return e.ended_at ? "ended" : "missing";
}

export function episodeView(
  e: EpisodeRow,
  checklist: ChecklistWithName[],
  reviews: ReviewWithPeople[],
  crypto: FieldCrypto,
  now: Date,
): EpisodeView {
  const belongings = e.belongings_enc
    ? (JSON.parse(
        crypto.decrypt(e.belongings_enc, field("missing_details", "belongings_enc", e.id)),
      ) as {
        belongings?: string;
        phone?: string;
        phoneNumber?: string;
      })
    : {};
  return {
    id: e.id,
    status: episodeStatus(e),
    lastSeenAt: e.started_at,
    reportedAt: e.reported_at,
    lastSeenWhere: dec(
      crypto,
      e.last_seen_where_enc,
      field("missing_details", "last_seen_where_enc", e.id),
    ),
    lastSeenWith: dec(
      crypto,
      e.last_seen_with_enc,
      field("missing_details", "last_seen_with_enc", e.id),
    ),
    circumstances: dec(
      crypto,
      e.circumstances_enc,
      field("missing_details", "circumstances_enc", e.id),
    ),
    belongings: belongings.belongings ?? null,
    phone: belongings.phone ?? null,
    phoneNumber: belongings.phoneNumber ?? null,
    levelAtStart: e.level_at_start,
    endedAt: e.ended_at,
    endOutcome: e.end_outcome,
    foundWhere: dec(crypto, e.found_where_enc, field("missing_details", "found_where_enc", e.id)),
    conversation: e.conversation_enc
      ? (JSON.parse(
          crypto.decrypt(e.conversation_enc, field("missing_details", "conversation_enc", e.id)),
        ) as Omit<ConversationBody, "version">)
      : null,
    conversationAt: e.conversation_at,
    closedAt: e.closed_at,
    closeNote: dec(crypto, e.close_note_enc, field("missing_details", "close_note_enc", e.id)),
    createdBy: { id: e.created_by, name: e.creator_name, organisation: e.creator_org },
    version: e.version,
    checklist: checklist
      .filter((c) => c.episode_id === e.id)
      .map((c) => ({
        item: c.item,
        required: c.required === 1,
        doneAt: c.done_at,
        doneBy: c.done_name,
        recordedAt: c.recorded_at,
        note: dec(crypto, c.note_enc, field("missing_checklist_items", "note_enc", c.id)),
        skipReason: dec(
          crypto,
          c.skip_reason_enc,
          field("missing_checklist_items", "skip_reason_enc", c.id),
        ),
        version: c.version,
      })),
    reviews: reviews.filter((r) => r.episode_id === e.id).map((r) => reviewView(r, crypto, now)),
  };
}

/** The encrypted JSON of belongings and phone. */
export function belongingsJson(v: {
  belongings?: string | undefined;
  phone?: string | undefined;
  phoneNumber?: string | undefined;
}): string {
  return JSON.stringify({
    ...(v.belongings ? { belongings: v.belongings } : {}),
    ...(v.phone ? { phone: v.phone } : {}),
    ...(v.phoneNumber ? { phoneNumber: v.phoneNumber } : {}),
  });
}
