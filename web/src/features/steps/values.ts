/**
 * Small pure helpers for the step, report and episode forms: reading typed values from a loose
 * object, dropping empty values before sending, today's date.
 */

export type Loose = Record<string, unknown>;

export const str = (o: Loose, k: string): string =>
  typeof o[k] === "string" ? (o[k] as string) : "";
export const bool = (o: Loose, k: string): boolean => o[k] === true;
export const list = (o: Loose, k: string): string[] =>
  Array.isArray(o[k]) ? (o[k] as unknown[]).filter((v): v is string => typeof v === "string") : [];
export const obj = (o: Loose, k: string): Loose =>
  o[k] && typeof o[k] === "object" && !Array.isArray(o[k]) ? (o[k] as Loose) : {};

/** Drops empty strings, undefined and empty objects (deeply); keeps arrays and booleans. */
export function clean(value: Loose): Loose {
  const out: Loose = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (typeof v === "string") {
      if (v.trim() !== "") out[k] = v.trim();
      continue;
    }
    if (typeof v === "object" && !Array.isArray(v)) {
      const inner = clean(v as Loose);
      if (Object.keys(inner).length > 0) out[k] = inner;
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** Adds or removes a value in a list. */
export function toggle(values: string[], value: string, on: boolean): string[] {
  const rest = values.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

/** Today as YYYY-MM-DD (local). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A value for <input type="datetime-local"> from an ISO timestamp (local time). */
export function toLocalInput(iso: string | null | undefined): string {
  const d = iso ? new Date(iso) : new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An ISO timestamp from a datetime-local value ("" stays ""). */
export function fromLocalInput(value: string): string {
  if (!value) return "";
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
}
