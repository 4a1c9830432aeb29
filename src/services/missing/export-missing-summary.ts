/** The police summary sheet of a missing episode as PDF. Logged as an export (report.export). */
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import { listChecklist, findEpisode } from "../../db/repositories/missing.repository.js";
import { listSignals } from "../../db/repositories/signal.repository.js";
import { findOrganisation, findUserById } from "../../db/repositories/user.repository.js";
import { notFound } from "../../domain/errors.js";
import type { Picture } from "../../domain/picture/index.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep } from "../steps/reach-for-step.js";
import { renderPdf } from "../training/training-pdf.js";
import { episodeView } from "./episode-view.js";
import { missingSummaryDocument } from "./missing-summary-document.js";
import { field } from "../../db/encrypted-columns.js";

const RECENT_DAYS = 90;

export async function exportMissingSummary(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  episodeId: string,
): Promise<{ pdf: Buffer; filename: string }> {
  const { youth } = await reachForStep(deps, ctx, youthId, "report.export");
  const row = await findEpisode(deps.db, youth.id, episodeId);
  if (!row) throw notFound("missing episode");
  const c = deps.crypto;
  const [checklist, signals, org, user, userOrg] = await Promise.all([
    listChecklist(deps.db, youth.id),
    listSignals(deps.db, youth.id),
    findOrganisation(deps.db, youth.location_id),
    findUserById(deps.db, ctx.actor.userId),
    findOrganisation(deps.db, ctx.actor.organisationId),
  ]);
  const since = new Date(ctx.now.getTime() - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  const pdf = await renderPdf(
    missingSummaryDocument({
      youth: {
        displayName: c.decrypt(
          youth.display_name_enc,
          field("youths", "display_name_enc", youth.id),
        ),
        dateOfBirth: c.decrypt(youth.dob_enc, field("youths", "dob_enc", youth.id)),
        estimated: youth.dob_estimated === 1,
        vNumber: youth.v_number_enc
          ? c.decrypt(youth.v_number_enc, field("youths", "v_number_enc", youth.id))
          : null,
        nationality: c.decryptNullable(
          youth.nationality_enc,
          field("youths", "nationality_enc", youth.id),
        ),
        languages: JSON.parse(
          c.decrypt(youth.languages_enc, field("youths", "languages_enc", youth.id)),
        ) as string[],
        gender: c.decryptNullable(youth.gender_enc, field("youths", "gender_enc", youth.id)),
        location: org?.name ?? "",
      },
      episode: episodeView(row, checklist, [], c, ctx.now),
      picture: youth.picture ? (JSON.parse(youth.picture) as Picture) : null,
      signals: signals
        .filter((s) => s.retraction_id === null && s.observed_at >= since)
        .slice(0, 30)
        .map((s) => ({
          observedOn: s.observed_at,
          indicators: s.indicator_ids
            .map((id) => deps.catalogIndex.indicator(id)?.text.nl ?? id)
            .join("; "),
          organisation: s.recorder_org_name,
        })),
      madeBy: { name: user?.display_name ?? "", organisation: userOrg?.name ?? "" },
      madeAt: ctx.now.toISOString(),
    }),
  );
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "report.export",
    youthId: youth.id,
    recordType: "missing_episode",
    recordIds: [row.id],
    details: { kind: "missing_summary", format: "pdf" },
  });
  return { pdf, filename: `inzicht-vermissing-${ctx.now.toISOString().slice(0, 10)}.pdf` };
}
