/**
 * Pages of a list the service has read whole because it is small by nature (one youth's
 * trajects, reports, missing episodes). The cursor is the id of the last item of the previous
 * page; an unknown cursor is a 400.
 */
import { validationFailed } from "../domain/errors.js";
import type { PageQuery } from "../shared/page.schema.js";

export function pageOf<T extends { id: string }>(
  items: readonly T[],
  page: Partial<PageQuery> = {},
): { items: T[]; nextCursor: string | null } {
  const limit = Math.min(page.limit ?? 200, 200);
  let start = 0;
  if (page.cursor) {
    const at = items.findIndex((i) => i.id === page.cursor);
    if (at === -1)
      throw validationFailed("Invalid cursor.", [{ path: "cursor", message: "unknown" }]);
    start = at + 1;
  }
  const slice = items.slice(start, start + limit);
  const last = slice[slice.length - 1];
  return { items: slice, nextCursor: start + limit < items.length && last ? last.id : null };
}
