/**
 * Sending a report freezes it: a snapshot of exactly what was sent, by whom and when, stored
 * encrypted with its SHA-256. PDF and JSON exports are rendered from this snapshot only, so they
 * never change afterwards. The snapshot also records the facts the report rests on (`basis`: the
 * signals and the picture at that moment), so later one can see which facts were used. (InZicht records the report; the professional submits it through the
 * official channel: CoMensha's form, Veilig Thuis by phone, the police.)
 */
import { createHash } from "node:crypto";
import { findOrganisation, findUserById } from "../../db/repositories/user.repository.js";
import type { ConsentRecord, ReportKind } from "../../shared/reports.schema.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reportBasis, type ReportBasis } from "./report-basis.js";
import { field } from "../../db/encrypted-columns.js";

/** Bump when the shape of a report form changes. */
export const REPORT_FORM_VERSION = "inzicht-reports-2026.1";

export interface ReportSnapshot {
  reportId: string;
  youthId: string;
  trajectId: string | null;
  kind: ReportKind;
  formVersion: string;
  form: Record<string, unknown>;
  consent: ConsentRecord | null;
  sentAt: string;
  sentBy: { id: string; name: string; organisation: string; role: string | null };
  /** The signals and the picture the report rested on when sent (absent in snapshots sent before December 2026). */
  basis?: ReportBasis;
}

/** The columns that mark a report sent, with its frozen snapshot. */
export async function freezeReport(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  r: {
    id: string;
    youthId: string;
    trajectId: string | null;
    kind: ReportKind;
    form: Record<string, unknown>;
    consent: ConsentRecord | null;
  },
) {
  const user = await findUserById(deps.db, ctx.actor.userId);
  const org = await findOrganisation(deps.db, ctx.actor.organisationId);
  const basis = await reportBasis(deps.db, deps, r.youthId);
  const at = ctx.now.toISOString();
  const snapshot: ReportSnapshot = {
    reportId: r.id,
    youthId: r.youthId,
    trajectId: r.trajectId,
    kind: r.kind,
    formVersion: REPORT_FORM_VERSION,
    form: r.form,
    consent: r.consent,
    sentAt: at,
    sentBy: {
      id: ctx.actor.userId,
      name: user?.display_name ?? "",
      organisation: org?.name ?? "",
      role: ctx.actorRole,
    },
    basis,
  };
  const json = JSON.stringify(snapshot);
  return {
    status: "sent",
    snapshot_enc: deps.crypto.encrypt(json, field("reports", "snapshot_enc", r.id)),
    snapshot_hash: createHash("sha256").update(json).digest("hex"),
    sent_by: ctx.actor.userId,
    sent_at: at,
  };
}
