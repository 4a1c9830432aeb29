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

export const sessionView = z.object({ user: userView, csrfToken: z.string(), demo: z.boolean() });
export type SessionView = z.infer<typeof sessionView>;

export const twoFactorRequired = z.object({ twoFactorRequired: z.literal(true) });
