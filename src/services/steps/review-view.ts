/** Review rows as the API shows them (decrypted, with urgency at `now`). */
import type { FieldCrypto } from "../../db/field-crypto.js";
import type { ReviewWithPeople } from "../../db/repositories/review.repository.js";
import { reviewUrgency } from "../../domain/steps/reviews.js";
import type { ReviewView } from "../../shared/steps-view.schema.js";
import { field } from "../../db/encrypted-columns.js";

export function reviewView(r: ReviewWithPeople, crypto: FieldCrypto, now: Date): ReviewView {
  return {
    id: r.id,
    kind: r.kind,
    trajectId: r.traject_id,
    episodeId: r.episode_id,
    dueAt: r.due_at,
    urgency: reviewUrgency(r.due_at, now.toISOString()),
    responsible: {
      id: r.responsible_id,
      name: r.responsible_name,
      organisation: r.responsible_org,
    },
    note: r.note_enc ? crypto.decrypt(r.note_enc, field("review_dates", "note_enc", r.id)) : null,
    doneAt: r.done_at,
    doneBy:
      r.done_by && r.done_name
        ? { id: r.done_by, name: r.done_name, organisation: r.done_org ?? "" }
        : null,
    outcome: r.outcome_enc
      ? crypto.decrypt(r.outcome_enc, field("review_dates", "outcome_enc", r.id))
      : null,
    cancelledAt: r.cancelled_at,
    version: r.version,
  };
}
