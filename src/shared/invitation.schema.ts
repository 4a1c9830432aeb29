/** Request bodies and answers of invitations and password resets (issue 19). */
import { z } from "zod";
import { ROLES } from "../domain/roles.js";
import { FREE_TEXT_MESSAGE, isCleanFreeText, lineText, secretText } from "./text.schema.js";

export const MAIL_LANGUAGE_CODES = ["nl", "en"] as const;

/** The e-mail address field: trimmed, lower case, at most 320 characters. */
export const emailAddress = z.string().trim().toLowerCase().max(320).email();

export const invitationCreateBody = z
  .object({
    email: emailAddress,
    displayName: lineText(1, 200),
    role: z.enum(ROLES),
    /** Required for a system admin; an org admin invites into their own organisation. */
    organisationId: z.string().uuid().optional(),
    /** The language of the mail (and of the invitee's first screens). */
    language: z.enum(MAIL_LANGUAGE_CODES).default("nl"),
  })
  .strict();
export type InvitationCreateBody = z.infer<typeof invitationCreateBody>;

/** A CSV of colleagues to invite (name, email, role), as text; dry run first. */
export const invitationImportBody = z
  .object({
    csv: z.string().min(1).max(200_000).refine(isCleanFreeText, FREE_TEXT_MESSAGE),
    dryRun: z.boolean(),
    organisationId: z.string().uuid().optional(),
    language: z.enum(MAIL_LANGUAGE_CODES).default("nl"),
  })
  .strict();
export type InvitationImportBody = z.infer<typeof invitationImportBody>;

/** The admin's list of open invitations: a system admin may narrow it to one organisation. */
export const invitationListQuery = z
  .object({ organisationId: z.string().uuid().optional() })
  .strict();
export type InvitationListQuery = z.infer<typeof invitationListQuery>;

/** `invitationId` (never a generic `id`), as `accountId` for accounts. */
export const invitationParams = z.object({ invitationId: z.string().uuid() }).strict();

/** The token in a link: 32 random bytes in base64url. */
export const linkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a link token");

export const linkTokenParams = z.object({ token: linkToken }).strict();

export const newPasswordBody = z.object({ password: secretText(1, 1000) }).strict();

export const passwordResetRequestBody = z
  .object({ email: emailAddress, language: z.enum(MAIL_LANGUAGE_CODES).default("nl") })
  .strict();

/** An invitation as the invitee sees it before accepting. */
export interface InvitationView {
  email: string;
  displayName: string;
  organisation: string;
  role: string;
  language: (typeof MAIL_LANGUAGE_CODES)[number];
  expiresAt: string;
}

/** An open invitation as the admin sees it. */
export interface OpenInvitation {
  id: string;
  email: string;
  displayName: string;
  role: string;
  organisationId: string;
  createdAt: string;
  expiresAt: string;
}
