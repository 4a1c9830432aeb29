/**
 * Sends a signal with the draft's Idempotency-Key: a double submit, or a retry after a lost
 * answer, gives one signal (the server answers 200 with the first one).
 */
import { useMutation } from "@tanstack/react-query";
import { post } from "../../../lib/api";
import type { RecordSignalResult } from "../types";
import { toRequestBody, type Shown, type SignalDraft } from "./draft";

/** The save mutation of one youth's signal form. */
export function useRecordSignal(youthId: string, shown: Shown) {
  return useMutation({
    mutationFn: (draft: SignalDraft) =>
      post<RecordSignalResult>(
        `/api/youths/${encodeURIComponent(youthId)}/signals`,
        toRequestBody(draft, shown),
        { "Idempotency-Key": draft.idempotencyKey },
      ),
  });
}
