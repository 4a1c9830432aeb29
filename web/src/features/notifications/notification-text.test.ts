import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "../../../../src/shared/notification-kinds";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

describe("notification sentences", () => {
  it.each([
    ["nl", nl],
    ["en", en],
  ])("exist in %s for every kind the server sends, and for unknown kinds", (_lang, texts) => {
    const kinds = texts.notifications.kinds as Record<string, string>;
    for (const kind of [...NOTIFICATION_KINDS, "other"]) {
      expect(kinds[kind], kind).toBeTruthy();
    }
  });

  it("tell an approved access request from a declined one", () => {
    const kinds = nl.notifications.kinds;
    expect(kinds.access_approved).not.toBe(kinds.access_declined);
    expect(kinds.access_approved).toMatch(/goedgekeurd/);
    expect(kinds.access_declined).toMatch(/afgewezen/);
  });
});
