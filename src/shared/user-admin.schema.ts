/** Requests and answers of the user administration (issue 19): org admins and system admins. */
import { z } from "zod";
import type { CIRCLE_RELATIONS, ORGANISATION_TYPES } from "../domain/roles.js";
import { ROLES } from "../domain/roles.js";
import { lineText, opaqueText } from "./text.schema.js";

export const ACCOUNT_STATUSES = ["active", "deactivated"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** `accountId` (never a generic `id`): a fuzzer's id cannot reach a demo account by accident. */
export const accountParams = z.object({ accountId: z.string().uuid() }).strict();

export const accountListQuery = z
  .object({
    /** Part of the name or of the e-mail address (case-insensitive). */
    q: lineText(0, 200).optional(),
    role: z.enum(ROLES).optional(),
    status: z.enum(ACCOUNT_STATUSES).optional(),
    /** System admin only: one organisation. An org admin always sees their own. */
    organisationId: z.string().uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: opaqueText(100).optional(),
  })
  .strict();
export type AccountListQuery = z.infer<typeof accountListQuery>;

const version = z.number().int().min(1);

export const accountRolesBody = z
  .object({ version, roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length) })
  .strict();
export type AccountRolesBody = z.infer<typeof accountRolesBody>;

export const accountDeactivateBody = z
  .object({
    version,
    /** Per youth where the account is the only mentor or guardian: who takes over. */
    successors: z
      .array(z.object({ youthId: z.string().uuid(), successorId: z.string().uuid() }).strict())
      .max(500)
      .optional(),
  })
  .strict();
export type AccountDeactivateBody = z.infer<typeof accountDeactivateBody>;

export const accountVersionBody = z.object({ version }).strict();

/** One account as the admin screens show it: no password, no 2FA secret, no dossier. */
export interface AdminAccount {
  id: string;
  displayName: string;
  email: string;
  roles: (typeof ROLES)[number][];
  organisation: { id: string; name: string; type: (typeof ORGANISATION_TYPES)[number] };
  status: AccountStatus;
  twoFactor: boolean;
  version: number;
  createdAt: string;
  /** The roles the viewing admin may give this account. */
  grantableRoles: (typeof ROLES)[number][];
}

/**
 * One circle the account is in, as much as an admin needs to pick a successor: the youth's
 * short code (start of the id) and current location — never the name or any dossier field.
 */
export interface AdminAccountCircle {
  membershipId: string;
  youthId: string;
  youthCode: string;
  location: { id: string; name: string };
  relation: (typeof CIRCLE_RELATIONS)[number];
  readOnly: boolean;
  /** True when the account is this youth's only mentor or guardian: a successor is required. */
  needsSuccessor: boolean;
}

export interface AdminAccountCircles {
  items: AdminAccountCircle[];
  /** Who may succeed, per relation: active colleagues of the same organisation with that role. */
  candidates: Partial<
    Record<(typeof CIRCLE_RELATIONS)[number], { id: string; displayName: string }[]>
  >;
}
