/**
 * The mail templates, in Dutch (B1) and English. A mail never carries personal data of a youth
 * (issue 19): it says that something is waiting and links to the app, where the reader logs in
 * and need-to-know applies. The only parameter is the link's path (with a token for an
 * invitation or a password reset).
 */
import { MAIL_TEMPLATES, type MailTemplate } from "../../shared/mail-templates.js";

export { MAIL_TEMPLATES, type MailTemplate };

export const MAIL_LANGUAGES = ["nl", "en"] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** What a template needs: the path of its link, starting with "/". */
export interface MailPayload {
  path: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
}

type Texts = Record<MailTemplate, { subject: string; lines: string[] }>;

const TEXTS: Record<MailLanguage, Texts> = {
  nl: {
    invitation: {
      subject: "Je bent uitgenodigd voor InZicht",
      lines: [
        "Hallo,",
        "Een collega heeft je uitgenodigd voor InZicht.",
        "Open deze link en kies een wachtwoord:",
        "{link}",
        "De link werkt 72 uur en maar één keer.",
        "Verwacht je deze uitnodiging niet? Dan hoef je niets te doen.",
      ],
    },
    password_reset: {
      subject: "Nieuw wachtwoord voor InZicht",
      lines: [
        "Hallo,",
        "Je hebt gevraagd om een nieuw wachtwoord voor InZicht.",
        "Open deze link en kies een nieuw wachtwoord:",
        "{link}",
        "De link werkt 1 uur en maar één keer.",
        "Heb je dit niet gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.",
      ],
    },
    second_factor_reset: {
      subject: "Je tweestapsverificatie voor InZicht is uitgezet",
      lines: [
        "Hallo,",
        "Een beheerder van je organisatie heeft je tweestapsverificatie voor InZicht uitgezet. Je oude code-app en herstelcodes werken niet meer.",
        "Log in en stel de tweestapsverificatie opnieuw in:",
        "{link}",
        "Heb je hier niet om gevraagd? Neem dan meteen contact op met de beheerder van je organisatie.",
      ],
    },
    notice: {
      subject: "Er is iets nieuws voor je in InZicht",
      lines: [
        "Hallo,",
        "Er is iets nieuws voor je in InZicht.",
        "Log in om het te zien:",
        "{link}",
      ],
    },
    notice_digest: {
      subject: "Er is iets nieuws voor je in InZicht",
      lines: [
        "Hallo,",
        "Er is sinds gisteren iets nieuws voor je in InZicht.",
        "Log in om het te zien:",
        "{link}",
      ],
    },
  },
  en: {
    invitation: {
      subject: "You are invited to InZicht",
      lines: [
        "Hello,",
        "A colleague has invited you to InZicht.",
        "Open this link and choose a password:",
        "{link}",
        "The link works for 72 hours and only once.",
        "Not expecting this invitation? Then you need not do anything.",
      ],
    },
    password_reset: {
      subject: "New password for InZicht",
      lines: [
        "Hello,",
        "You asked for a new password for InZicht.",
        "Open this link and choose a new password:",
        "{link}",
        "The link works for 1 hour and only once.",
        "Did you not ask for this? Then you need not do anything. Your password stays the same.",
      ],
    },
    second_factor_reset: {
      subject: "Your two-step login for InZicht was turned off",
      lines: [
        "Hello,",
        "An administrator of your organisation turned off your two-step login for InZicht. Your old authenticator app and recovery codes no longer work.",
        "Log in and set up two-step login again:",
        "{link}",
        "Did you not ask for this? Then contact your organisation's administrator at once.",
      ],
    },
    notice: {
      subject: "There is something new for you in InZicht",
      lines: [
        "Hello,",
        "There is something new for you in InZicht.",
        "Log in to see it:",
        "{link}",
      ],
    },
    notice_digest: {
      subject: "There is something new for you in InZicht",
      lines: [
        "Hello,",
        "There is something new for you in InZicht since yesterday.",
        "Log in to see it:",
        "{link}",
      ],
    },
  },
};

/** The subject and plain-text body of a mail; the link is the public URL plus the path. */
export function renderMail(
  template: MailTemplate,
  language: MailLanguage,
  payload: MailPayload,
  publicUrl: string,
): RenderedMail {
  const t = TEXTS[language][template];
  const link = `${publicUrl}${payload.path}`;
  return {
    subject: t.subject,
    text: `${t.lines.map((l) => l.replace("{link}", link)).join("\n\n")}\n\n-- \nInZicht\n`,
  };
}

/** A stored language or template name, narrowed (unknown values fall back safely). */
export function mailLanguage(value: string): MailLanguage {
  return value === "en" ? "en" : "nl";
}
export function isMailTemplate(value: string): value is MailTemplate {
  return (MAIL_TEMPLATES as readonly string[]).includes(value);
}
