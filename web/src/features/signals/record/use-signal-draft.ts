/**
 * The signal form's state as a draft that is kept in localStorage per youth while the user
 * works, restored when they come back, and cleared after a successful save.
 */
import { useCallback, useEffect, useState } from "react";
import { todayIso } from "../format";
import { clearDraft, emptyDraft, isBlank, loadDraft, saveDraft, type SignalDraft } from "./draft";

/** The browser's storage, or null where it is blocked. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The draft, an updater, whether it was restored, and discard/forget. */
export function useSignalDraft(youthId: string) {
  const [initial] = useState(() => {
    const s = storage();
    const stored = s ? loadDraft(s, youthId) : null;
    return {
      draft: stored ?? emptyDraft(todayIso()),
      restored: stored !== null && !isBlank(stored),
    };
  });
  const [draft, setDraft] = useState<SignalDraft>(initial.draft);
  const [restored, setRestored] = useState(initial.restored);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const s = storage();
    if (s && !saved) saveDraft(s, youthId, draft);
  }, [draft, youthId, saved]);

  const update = useCallback(
    (patch: Partial<SignalDraft>) => setDraft((d) => ({ ...d, ...patch })),
    [],
  );

  /** Throws the draft away and starts a new one (with a new Idempotency-Key). */
  const discard = useCallback(() => {
    const s = storage();
    if (s) clearDraft(s, youthId);
    setDraft(emptyDraft(todayIso()));
    setRestored(false);
  }, [youthId]);

  /** After a successful save: forget the draft and stop storing it. */
  const forget = useCallback(() => {
    setSaved(true);
    const s = storage();
    if (s) clearDraft(s, youthId);
  }, [youthId]);

  return { draft, update, restored, discard, forget };
}
