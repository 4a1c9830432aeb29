import { describe, expect, it } from "vitest";
import { pageOf } from "./paging.js";

const list = Array.from({ length: 5 }, (_, i) => ({ id: `id-${i}` }));

describe("pages of a small list", () => {
  it("walks the whole list in order, without gaps or repeats", () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = pageOf(list, { limit: 2, cursor });
      seen.push(...page.items.map((i) => i.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(list.map((i) => i.id));
  });

  it("gives everything up to 200 by default, with no next cursor", () => {
    expect(pageOf(list)).toEqual({ items: list, nextCursor: null });
  });

  it("refuses a cursor that is not in the list", () => {
    expect(() => pageOf(list, { cursor: "nope" })).toThrow(/Invalid cursor/);
  });
});
