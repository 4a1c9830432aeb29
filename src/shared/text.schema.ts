/**
 * The string types every request schema builds on. They refuse control characters ONCE for every
 * route: a NUL byte (U+0000) cannot be stored in a PostgreSQL text column and answered a 500
 * (issue 14), and other control characters have no place in names, e-mail addresses, search
 * terms or ids. Free text keeps line breaks and tabs (\n \r \t); single-line text keeps none.
 */
import { z } from "zod";

// Matching control characters is the point of these two expressions.
/* eslint-disable no-control-regex */
/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
const FREE_TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Every C0 control, DEL and every C1 control. */
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */

export const FREE_TEXT_MESSAGE =
  "must not contain control characters such as a NUL byte (line breaks and tabs are fine)";
export const LINE_TEXT_MESSAGE =
  "must not contain control characters such as a NUL byte or a line break";

/** True when free text holds no control character but \n, \r and \t. */
export const isCleanFreeText = (v: string): boolean => !FREE_TEXT_CONTROL.test(v);
/** True when single-line text holds no control character at all. */
export const isCleanLine = (v: string): boolean => !LINE_CONTROL.test(v);

/** Trimmed free text (notes, reasons, facts) of `min`..`max` characters; \n \r \t allowed. */
export const freeText = (min: number, max: number) =>
  z.string().trim().min(min).max(max).refine(isCleanFreeText, FREE_TEXT_MESSAGE);

/** Trimmed single-line text (names, titles, search terms, e-mail) of `min`..`max` characters. */
export const lineText = (min: number, max: number) =>
  z.string().trim().min(min).max(max).refine(isCleanLine, LINE_TEXT_MESSAGE);

/** An untrimmed single-line token (a cursor, a filter value) of at most `max` characters. */
export const opaqueText = (max: number) =>
  z.string().max(max).refine(isCleanLine, LINE_TEXT_MESSAGE);

/** A secret typed by a person (a password): untrimmed; only line breaks and tabs allowed. */
export const secretText = (min: number, max: number) =>
  z.string().min(min).max(max).refine(isCleanFreeText, FREE_TEXT_MESSAGE);

/** True when no string anywhere in a JSON value (keys included) holds a control character. */
export function isCleanJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") return isCleanFreeText(value);
  if (Array.isArray(value)) return value.every((v) => isCleanJson(v, depth + 1));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).every(([k, v]) => isCleanLine(k) && isCleanJson(v, depth + 1));
  return true;
}
