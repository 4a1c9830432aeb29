import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { callText, chatText } from "./call-text";
import en from "./locales/en.json";
import nl from "./locales/nl.json";

describe("the link texts of a contact", () => {
  const t: Record<"nl" | "en", TFunction> = {} as Record<"nl" | "en", TFunction>;
  beforeAll(async () => {
    for (const [lang, texts] of [
      ["nl", nl],
      ["en", en],
    ] as const) {
      const instance = i18next.createInstance();
      await instance.init({
        lng: lang,
        resources: { [lang]: { translation: texts } },
        interpolation: { escapeValue: false },
      });
      t[lang] = instance.t;
    }
  });

  it.each([
    ["nl", "Chat met Fier", "Chat met Fier"],
    ["en", "Chat met Fier", "Chat met Fier"],
    ["nl", "Keerpunt", "Chat met Keerpunt"],
    ["en", "Keerpunt", "Chat with Keerpunt"],
  ] as const)("in %s the chat link of %s reads %s", (lang, name, text) => {
    expect(chatText(t[lang], name)).toBe(text);
  });

  it.each([
    ["nl", "Veilig Thuis", "0800-2000", "Bel Veilig Thuis: 0800-2000"],
    ["nl", "112", "112", "Bel 112"],
  ] as const)("in %s the call link of %s reads %s", (lang, name, phone, text) => {
    expect(callText(t[lang], name, phone)).toBe(text);
  });
});
