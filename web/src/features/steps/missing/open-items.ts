/** The required checklist items still open (closing asks a reason for each). */
import type { ChecklistItemView } from "../../../../../src/shared/missing.schema";

/** Items that are required and not done, in checklist order. */
export function openRequiredItems(
  checklist: readonly Pick<ChecklistItemView, "item" | "required" | "doneAt">[],
): string[] {
  return checklist.filter((c) => c.required && c.doneAt === null).map((c) => c.item);
}
