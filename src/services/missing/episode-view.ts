/** Missing episodes as the API shows them (decrypted), with checklist and reviews. */
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { ChecklistRow, EpisodeRow } from "../../db/repositories/missing.repository.js";
import type { ReviewWithPeople } from "../../db/repositories/review.repository.js";
import type { ConversationBody, EpisodeView } from "../../shared/missing.schema.js";
import { reviewView } from "../steps/review-view.js";

type ChecklistWithName = ChecklistRow & { done_name: string | null };

const dec = (c: FieldCrypto, v: string | null) => (v ? c.decrypt(v) : null);

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
    ? (JSON.parse(crypto.decrypt(e.belongings_enc)) as {
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
    lastSeenWhere: dec(crypto, e.last_seen_where_enc),
    lastSeenWith: dec(crypto, e.last_seen_with_enc),
    circumstances: dec(crypto, e.circumstances_enc),
    belongings: belongings.belongings ?? null,
    phone: belongings.phone ?? null,
    phoneNumber: belongings.phoneNumber ?? null,
    levelAtStart: e.level_at_start,
    endedAt: e.ended_at,
    endOutcome: e.end_outcome,
    foundWhere: dec(crypto, e.found_where_enc),
    conversation: e.conversation_enc
      ? (JSON.parse(crypto.decrypt(e.conversation_enc)) as Omit<ConversationBody, "version">)
      : null,
    conversationAt: e.conversation_at,
    closedAt: e.closed_at,
    closeNote: dec(crypto, e.close_note_enc),
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
        note: dec(crypto, c.note_enc),
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
