import { describe, expect, it } from "vitest";
import { MAIL_LANGUAGES, MAIL_TEMPLATES, renderMail } from "./templates.js";

describe("mail templates", () => {
  it.each(MAIL_TEMPLATES.flatMap((t) => MAIL_LANGUAGES.map((l) => [t, l] as const)))(
    "%s in %s has a subject and exactly one link to the app",
    (template, language) => {
      const mail = renderMail(template, language, { path: "/x/abc" }, "https://inzicht.test");
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text.match(/https:\/\/inzicht\.test\/x\/abc/g)).toHaveLength(1);
      expect(mail.text).not.toContain("{link}");
    },
  );

  it("a notice says only that something new is waiting", () => {
    expect(renderMail("notice", "nl", { path: "/" }, "https://a.test").subject).toBe(
      "Er is iets nieuws voor je in InZicht",
    );
  });
});
