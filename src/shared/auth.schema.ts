/** Request and response shapes of /api/auth, shared with the SPA. */
import { z } from "zod";
import { lineText, secretText } from "./text.schema.js";

export const loginBody = z
  .object({
    email: lineText(3, 320),
    password: secretText(1, 1000),
    totp: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    /** A single-use recovery code (16 letters and digits, dashes and spaces allowed). */
    recoveryCode: z
      .string()
      .regex(/^[A-Za-z2-7][A-Za-z2-7 -]{14,22}[A-Za-z2-7]$/)
      .optional(),
  })
  .strict();

export const organisationSummary = z.object({ id: z.string(), name: z.string(), type: z.string() });

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  organisation: organisationSummary,
});
export type UserView = z.infer<typeof userView>;

/** Where the person stands with two-step login (issue 20). */
export const secondFactorState = z.object({
  /** Their role must use 2FA in this deployment. */
  required: z.boolean(),
  /** TOTP is on for the account. */
  enrolled: z.boolean(),
  /** Required and not there yet: only enrolment is open until it is. */
  pending: z.boolean(),
  /** Demo mode switched the requirement off (the SPA says so). */
  demoExempt: z.boolean(),
});
export type SecondFactorState = z.infer<typeof secondFactorState>;

export const sessionView = z.object({
  user: userView,
  csrfToken: z.string(),
  demo: z.boolean(),
  secondFactor: secondFactorState,
});
export type SessionView = z.infer<typeof sessionView>;

export const twoFactorRequired = z.object({ twoFactorRequired: z.literal(true) });

/** GET /api/auth/second-factor: the state plus how many recovery codes are left. */
export const secondFactorView = secondFactorState.extend({
  recoveryCodesLeft: z.number().int(),
  /** The roles this deployment asks 2FA of. */
  requiredRoles: z.array(z.string()),
});
export type SecondFactorView = z.infer<typeof secondFactorView>;

export const recoveryCodesView = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesView = z.infer<typeof recoveryCodesView>;
