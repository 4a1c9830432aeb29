/**
 * Bulk onboarding (issue 19): an org admin (or the system admin, naming the organisation)
 * uploads a CSV of name, e-mail and role. The dry run lists every problem per line and creates
 * nothing; the real run creates all invitations in one transaction, and only when no line has
 * a problem (otherwise 400 with the same per-line answer, and nothing is created).
 */
import { DomainError, notFound, validationFailed } from "../../domain/errors.js";
import { authorize } from "../../domain/policies.js";
import type { Role } from "../../domain/roles.js";
import { appendAudit } from "../../db/repositories/audit.repository.js";
import {
  findActiveOrganisationName,
  userEmailTaken,
} from "../../db/repositories/invitation.repository.js";
import type { InvitationImportBody } from "../../shared/invitation.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { invitingOrganisation, storeInvitation } from "./create-invitation.js";
import { parseInvitationCsv, type CsvLine } from "./parse-invitation-csv.js";

export interface ImportResult {
  dryRun: boolean;
  lines: CsvLine[];
  /** Lines without problems (the invitations a real run makes, or made). */
  valid: number;
  invalid: number;
  created: number;
}

export async function importInvitations(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: InvitationImportBody,
): Promise<ImportResult> {
  authorize(ctx.actor, "user.manage");
  const organisationId = invitingOrganisation(ctx.actor, input.organisationId);
  const parsed = parseInvitationCsv(input.csv);
  if (!parsed.ok)
    throw validationFailed("The file cannot be read.", [{ path: "csv", message: parsed.problem }]);
  const isSystemAdmin = ctx.actor.roles.includes("system_admin");
  return deps.db.transaction().execute(async (trx) => {
    if (!(await findActiveOrganisationName(trx, organisationId))) throw notFound("organisation");
    for (const l of parsed.lines) {
      if (l.role === "system_admin" && !isSystemAdmin) l.problems.push("role_not_allowed");
      if (!l.problems.includes("email_invalid") && (await userEmailTaken(trx, l.email)))
        l.problems.push("email_taken");
    }
    const invalid = parsed.lines.filter((l) => l.problems.length > 0).length;
    const result: ImportResult = {
      dryRun: input.dryRun,
      lines: parsed.lines,
      valid: parsed.lines.length - invalid,
      invalid,
      created: 0,
    };
    if (input.dryRun) return result;
    if (invalid > 0)
      throw new DomainError("VALIDATION_FAILED", "Some lines have problems; nothing was created.", {
        details: parsed.lines.flatMap((l) =>
          l.problems.map((p) => ({ path: `csv.line.${l.line}`, message: p })),
        ),
      });
    for (const l of parsed.lines)
      await storeInvitation(deps, ctx, trx, {
        email: l.email,
        displayName: l.name,
        role: l.role as Role,
        language: input.language,
        organisationId,
      });
    await appendAudit(trx, auditContext(ctx), {
      action: "invitation.import",
      recordType: "organisation",
      recordIds: [organisationId],
      details: { count: parsed.lines.length },
    });
    return { ...result, created: parsed.lines.length };
  });
}
