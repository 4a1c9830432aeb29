/** What the onboarding screens receive from the API. */
export type { InvitationView } from "../../../../src/shared/invitation.schema";
export type { UnsentMail } from "../../../../src/shared/mail.schema";
export { ROLES } from "../../../../src/domain/roles";
export type { NoticePreferences } from "../../../../src/shared/notice-preferences.schema";
/** The same choices as src/shared/notice-preferences.schema.ts (a value, without zod). */
export const NOTICE_CHOICES = ["off", "immediate", "daily"] as const;
