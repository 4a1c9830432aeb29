/**
 * The certificate of completion as PDF (GET /api/training/me/certificate.pdf), once every
 * module is completed. Writing it is logged as an export.
 */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { DomainError } from "../../domain/errors.js";
import type { TrainingLang } from "../../shared/training.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { certificateDocument } from "./certificate-document.js";
import { getMyRecords } from "./get-my-records.js";
import { renderPdf } from "./training-pdf.js";

export interface Certificate {
  pdf: Buffer;
  filename: string;
}

/** Renders the actor's certificate; CONFLICT while a module is not completed. */
export async function createCertificate(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: { lang: TrainingLang; compress?: boolean },
): Promise<Certificate> {
  const records = await getMyRecords(deps, ctx, { lang: input.lang });
  if (!records.allCompleted) {
    throw new DomainError("CONFLICT", "Complete every module first to get your certificate.");
  }
  const issuedOn = ctx.now.toISOString().slice(0, 10);
  const pdf = await renderPdf(
    certificateDocument(
      {
        name: records.user.displayName,
        organisation: records.user.organisation,
        lang: input.lang,
        issuedOn: ctx.now.toISOString(),
        modules: records.records.map((r) => ({
          order: r.order,
          title: r.title,
          completedOn: r.lastPassedAt ?? r.completedAt ?? "",
          bestScore: r.bestScore ?? 0,
        })),
      },
      input.compress ?? true,
    ),
  );
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "training.export",
    recordType: "training_certificate",
    recordIds: [ctx.actor.userId],
    details: { kind: "certificate", lang: input.lang },
  });
  const filename =
    input.lang === "nl"
      ? `inzicht-certificaat-${issuedOn}.pdf`
      : `inzicht-certificate-${issuedOn}.pdf`;
  return { pdf, filename };
}
