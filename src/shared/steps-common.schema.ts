/** Small building blocks shared by the steps, reports and missing-episode schemas. */
import { z } from "zod";

export const isoDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(v)), "not a real date");
export const isoDateTimeField = z.iso.datetime({ offset: true });
export const uuidField = z.string().uuid();
/** Trimmed free text up to `max` characters. */
export const textField = (max: number) => z.string().trim().max(max);
/** Trimmed free text that must say something (at least `min` characters). */
export const requiredText = (min: number, max: number) => z.string().trim().min(min).max(max);
export const versionField = z.number().int().min(1).max(1_000_000);
/** A free JSON object; its fields are checked by the service per step or report kind. */
export const looseObject = z.record(z.string().max(60), z.unknown());
export const yesNo = z.enum(["yes", "no"]);
