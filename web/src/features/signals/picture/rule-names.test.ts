/** Every rule of both rule sets has a plain name on screen, in Dutch and English (no codes). */
import { describe, expect, it } from "vitest";
import { RULES_V1, DEFAULT_RULES } from "../../../../../src/domain/picture/default-rules";
import en from "../locales/en.json";
import nl from "../locales/nl.json";

const names = { nl: nl.signals.picture.ruleName, en: en.signals.picture.ruleName } as const;

describe("rule names", () => {
  const ids = [...new Set([...RULES_V1.rules, ...DEFAULT_RULES.rules].map((r) => r.id))];

  it.each(["nl", "en"] as const)("every rule of v1 and v2 has a plain name in %s", (lang) => {
    const table = names[lang] as Record<string, string>;
    for (const id of ids) {
      expect(typeof table[id], id).toBe("string");
      expect(table[id], id).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
  });
});
