/**
 * The draft of a signal, kept in the browser (localStorage, per youth) until it is saved, so no
 * work is lost. The draft carries one Idempotency-Key for its whole life: however often the
 * form is submitted, the server creates one signal. Pure apart from the storage passed in.
 */
import type { RecordSignalBody } from "../../../../../src/shared/signal.schema";
import { SIGNAL_SOURCES } from "./limits";
import { ENTITY_KINDS, type EntityKind } from "../../../../../src/domain/patterns/entities";

/** One structured mention being typed (issue 25). */
export interface DraftEntity {
  kind: EntityKind;
  value: string;
}

/** A source of a signal, or "" while none is chosen. */
export type DraftSource = (typeof SIGNAL_SOURCES)[number] | "";

/** Everything the form holds. */
export interface SignalDraft {
  idempotencyKey: string;
  indicatorIds: string[];
  facts: string;
  observedAt: string;
  source: DraftSource;
  sourceDetail: string;
  interpretation: string;
  contextAnswers: Record<string, string>;
  entities: DraftEntity[];
}

/** The minimal storage API (window.localStorage, or a fake in tests). */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "inzicht.signalDraft.";

/** The storage key of a youth's draft. */
export function draftKey(youthId: string): string {
  return `${PREFIX}${youthId}`;
}

/** A random key; crypto.randomUUID where available (secure contexts). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A new, empty draft observed today. */
export function emptyDraft(today: string, key = newIdempotencyKey()): SignalDraft {
  return {
    idempotencyKey: key,
    indicatorIds: [],
    facts: "",
    observedAt: today,
    source: "",
    sourceDetail: "",
    interpretation: "",
    contextAnswers: {},
    entities: [],
  };
}

/** True when nothing was chosen or written yet (the date alone does not count). */
export function isBlank(d: SignalDraft): boolean {
  return (
    d.indicatorIds.length === 0 &&
    d.facts.trim() === "" &&
    d.source === "" &&
    d.sourceDetail.trim() === "" &&
    d.interpretation.trim() === "" &&
    Object.values(d.contextAnswers).every((v) => v.trim() === "") &&
    d.entities.every((e) => e.value.trim() === "")
  );
}

const isString = (v: unknown): v is string => typeof v === "string";
const isEntity = (v: unknown): v is DraftEntity =>
  !!v &&
  typeof v === "object" &&
  (ENTITY_KINDS as readonly unknown[]).includes((v as DraftEntity).kind) &&
  isString((v as DraftEntity).value);
const isSource = (v: unknown): v is DraftSource =>
  v === "" || (SIGNAL_SOURCES as readonly unknown[]).includes(v);

/** Reads a stored draft; anything unreadable or of another shape counts as no draft. */
export function loadDraft(storage: DraftStorage, youthId: string): SignalDraft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(draftKey(youthId));
  } catch {
    return null;
  }
  if (!raw) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  const answers = o.contextAnswers;
  if (
    !isString(o.idempotencyKey) ||
    !Array.isArray(o.indicatorIds) ||
    !o.indicatorIds.every(isString) ||
    !isString(o.facts) ||
    !isString(o.observedAt) ||
    !isSource(o.source) ||
    !isString(o.sourceDetail) ||
    !isString(o.interpretation) ||
    !answers ||
    typeof answers !== "object" ||
    !Object.values(answers).every(isString)
  )
    return null;
  return {
    idempotencyKey: o.idempotencyKey,
    indicatorIds: o.indicatorIds,
    facts: o.facts,
    observedAt: o.observedAt,
    source: o.source,
    sourceDetail: o.sourceDetail,
    interpretation: o.interpretation,
    contextAnswers: answers as Record<string, string>,
    // Drafts from before issue 25 have no entities.
    entities: Array.isArray(o.entities) ? o.entities.filter(isEntity) : [],
  };
}

/** Stores the draft (a blank draft removes it). Storage errors are ignored: the form still works. */
export function saveDraft(storage: DraftStorage, youthId: string, draft: SignalDraft): void {
  try {
    if (isBlank(draft)) storage.removeItem(draftKey(youthId));
    else storage.setItem(draftKey(youthId), JSON.stringify(draft));
  } catch {
    // storage full or blocked
  }
}

/** Forgets the draft (after a successful save, or when the user discards it). */
export function clearDraft(storage: DraftStorage, youthId: string): void {
  try {
    storage.removeItem(draftKey(youthId));
  } catch {
    // ignore
  }
}

/** What the form can show: the catalogue's indicators and context questions. */
export interface Shown {
  indicatorIds: ReadonlySet<string>;
  questionIds: ReadonlySet<string>;
}

/**
 * The request body: trimmed, empty optional fields left out, and only what the form can show —
 * an indicator or answer kept in a draft but not in the catalogue the screen shows (so not on
 * screen) is never sent. A saved signal holds exactly what the user saw.
 */
export function toRequestBody(d: SignalDraft, shown?: Shown): RecordSignalBody {
  const answers = Object.fromEntries(
    Object.entries(d.contextAnswers)
      .filter(([k]) => !shown || shown.questionIds.has(k))
      .map(([k, v]) => [k, v.trim()] as const)
      .filter(([, v]) => v !== ""),
  );
  const detail = d.sourceDetail.trim();
  const interpretation = d.interpretation.trim();
  const entities = d.entities
    .map((e) => ({ kind: e.kind, value: e.value.trim() }))
    .filter((e) => e.value !== "");
  return {
    indicatorIds: shown
      ? d.indicatorIds.filter((id) => shown.indicatorIds.has(id))
      : d.indicatorIds,
    observedAt: d.observedAt,
    source: d.source === "" ? "own_observation" : d.source,
    facts: d.facts.trim(),
    ...(detail && d.source === "third_party" ? { sourceDetail: detail } : {}),
    ...(interpretation ? { interpretation } : {}),
    ...(Object.keys(answers).length > 0 ? { contextAnswers: answers } : {}),
    ...(entities.length > 0 ? { entities } : {}),
  };
}

/** What "Annuleren" does: leave at once when nothing was entered, else ask about the draft. */
export function cancelAction(d: SignalDraft): "leave" | "ask" {
  return isBlank(d) ? "leave" : "ask";
}
