/**
 * Creates a professional's account (CLI, admin screens, demo seed). The password is hashed with
 * argon2id; the email is the login name (lower case, unique).
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ROLES } from "../../domain/roles.js";
import { DomainError, validationFailed } from "../../domain/errors.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import { findOrganisation, findUserByEmail } from "../../db/repositories/user.repository.js";
import { auditContext, type RequestContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { hashPassword } from "../auth/passwords.js";

export const createUserInput = z
  .object({
    email: z.string().trim().toLowerCase().email().max(320),
    displayName: z.string().trim().min(1).max(200),
    roles: z.array(z.enum(ROLES)).min(1),
    organisationId: z.string().min(1),
    password: z.string().min(12, "at least 12 characters").max(1000),
  })
  .strict();
export type CreateUserInput = z.input<typeof createUserInput>;

/** Creates a user and returns its id; CONFLICT when the email is taken. */
export async function createUser(
  deps: ServiceDeps,
  ctx: RequestContext,
  raw: CreateUserInput,
): Promise<string> {
  const parsed = createUserInput.safeParse(raw);
  if (!parsed.success) {
    throw validationFailed(
      "The user is not valid.",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  const input = parsed.data;
  const organisation = await findOrganisation(deps.db, input.organisationId);
  if (!organisation || organisation.deactivated_at !== null)
    throw validationFailed("Unknown organisation.");
  if (await findUserByEmail(deps.db, input.email))
    throw new DomainError("CONFLICT", "A user with this email exists.");
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  const at = ctx.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("users")
      .values({
        id,
        email: input.email,
        display_name: input.displayName,
        roles: JSON.stringify(input.roles),
        organisation_id: input.organisationId,
        password_hash: passwordHash,
        totp_secret: null,
        status: "active",
        failed_logins: 0,
        locked_until: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await appendAudit(trx, auditContext(ctx), {
      action: "user.create",
      recordType: "user",
      recordIds: [id],
    });
  });
  return id;
}
