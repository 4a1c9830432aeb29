/** Small building blocks shared by the steps, reports and missing-episode schemas. */
import { z } from "zod";
import { freeText, isCleanJson, opaqueText } from "./text.schema.js";

export const isoDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(v)), "not a real date");
export const isoDateTimeField = z.iso.datetime({ offset: true });
export const uuidField = z.string().uuid();
/** Trimmed free text up to `max` characters (no control characters but \n \r \t). */
export const textField = (max: number) => freeText(0, max);
/** Trimmed free text that must say something (at least `min` characters). */
export const requiredText = (min: number, max: number) => freeText(min, max);
export const versionField = z.number().int().min(1).max(1_000_000);
/**
 * A free JSON object; its fields are checked by the service per step or report kind. Drafts may
 * be stored as sent, so no string in it, at any depth, may hold a control character.
 */
export const looseObject = z
  .record(opaqueText(60), z.unknown())
  .refine(isCleanJson, "no text in it may contain control characters such as a NUL byte");
export const yesNo = z.enum(["yes", "no"]);
