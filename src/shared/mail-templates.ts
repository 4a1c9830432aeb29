/**
 * The mail templates (src/services/mail/templates.ts holds their texts). Zod-free, so the web
 * bundle can import it for the system admin's list of unsent mails.
 */
export const MAIL_TEMPLATES = [
  "invitation",
  "password_reset",
  "second_factor_reset",
  "notice",
  "notice_digest",
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];
