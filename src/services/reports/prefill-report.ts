/**
 * A report form prefilled from the dossier and the picture: facts (the picture's reasons and the
 * signals' catalogue labels, never the professionals' free text), dates, the observers'
 * organisations and the steps taken. Only what the form of that kind needs.
 */
import { listSafetyAlerts, listSignals } from "../../db/repositories/signal.repository.js";
import { listStepRecords, listTrajects } from "../../db/repositories/traject.repository.js";
import { listMembers } from "../../db/repositories/circle.repository.js";
import { findOrganisation, findUserById } from "../../db/repositories/user.repository.js";
import type { Picture } from "../../domain/picture/index.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import type { ReportKind, ReportPrefill } from "../../shared/reports.schema.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { reachForStep } from "../steps/reach-for-step.js";
import { consentRuleFor } from "./consent-rule.js";
import { STEP_NAMES_NL } from "./report-texts.js";
import { field } from "../../db/encrypted-columns.js";

const GENDERS = ["male", "female", "other", "unknown"] as const;

export async function prefillReport(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  youthId: string,
  kind: ReportKind,
): Promise<ReportPrefill> {
  const { youth, relation } = await reachForStep(deps, ctx, youthId, "report.create");
  const c = deps.crypto;
  const [signals, alerts, members, trajects, steps, org, user, reporterOrg] = await Promise.all([
    listSignals(deps.db, youth.id),
    listSafetyAlerts(deps.db, youth.id),
    listMembers(deps.db, youth.id),
    listTrajects(deps.db, youth.id),
    listStepRecords(deps.db, youth.id),
    findOrganisation(deps.db, youth.location_id),
    findUserById(deps.db, ctx.actor.userId),
    findOrganisation(deps.db, ctx.actor.organisationId),
  ]);
  const picture = youth.picture ? (JSON.parse(youth.picture) as Picture) : null;
  const live = signals.filter((s) => s.retraction_id === null);
  const lines = live.slice(0, 20).map((s) => ({
    observedOn: s.observed_at,
    indicator: s.indicator_ids
      .map((id) => deps.catalogIndex.indicator(id)?.text.nl ?? id)
      .join("; ")
      .slice(0, 300),
    organisation: s.recorder_org_name,
    source: s.source,
  }));
  const reasons = (picture?.reasons ?? []).map((r) => `- ${r.text.nl}`).join("\n");
  const description = reasons || "Beschrijf de signalen en het vermoeden.";
  const types = picture
    ? (Object.entries(picture.byType) as [string, { level: number }][])
        .filter(([, v]) => v.level >= 2)
        .map(([k]) => k)
    : [];
  const dates = live.map((s) => s.observed_at).sort();
  const open = trajects.find((t) => t.status !== "closed") ?? null;
  const done = open ? steps.filter((s) => s.traject_id === open.id && s.draft === 0) : [];
  const gender = c.decryptNullable(youth.gender_enc, field("youths", "gender_enc", youth.id));
  const youthPart = {
    displayName: c.decrypt(youth.display_name_enc, field("youths", "display_name_enc", youth.id)),
    dateOfBirth: c.decrypt(youth.dob_enc, field("youths", "dob_enc", youth.id)),
    dateOfBirthEstimated: youth.dob_estimated === 1,
    gender: GENDERS.find((g) => g === gender) ?? "unknown",
    nationality:
      c.decryptNullable(youth.nationality_enc, field("youths", "nationality_enc", youth.id)) ?? "",
    languages: JSON.parse(
      c.decrypt(youth.languages_enc, field("youths", "languages_enc", youth.id)),
    ) as string[],
  };
  const location = { organisation: org?.name ?? "", region: org?.region ?? "" };
  const reporter = {
    name: user?.display_name ?? "",
    organisation: reporterOrg?.name ?? "",
    role: ctx.actorRole ?? "",
  };
  const guardian = members.find((m) => m.relation === "guardian" && m.ended_at === null);
  const forms: Record<ReportKind, Record<string, unknown>> = {
    comensha: {
      youth: youthPart,
      location,
      exploitationTypes: types.length > 0 ? types : ["unknown"],
      description,
      ...(dates[0] ? { firstSignalOn: dates[0], lastSignalOn: dates[dates.length - 1] } : {}),
      observerOrganisations: [...new Set(live.map((s) => s.recorder_org_name))],
      shelterNeeded: false,
      reporter,
    },
    veilig_thuis: {
      youth: { ...youthPart, nationality: undefined },
      location,
      ...(guardian ? { guardianOrganisation: guardian.organisation_name } : {}),
      concern: description,
      signals: lines,
      pictureLevel: youth.level,
      acuteDanger: alerts.some((a) => a.handled_at === null),
      stepsTaken: done
        .map((s) => `${s.created_at.slice(0, 10)} ${STEP_NAMES_NL[s.step] ?? s.step}`)
        .join("\n"),
      consentStatus: "consent_given",
      youthKnows: true,
      reporter,
    },
    police: {
      mode: "information",
      youth: {
        ...youthPart,
        vNumber: youth.v_number_enc
          ? c.decrypt(youth.v_number_enc, field("youths", "v_number_enc", youth.id))
          : undefined,
      },
      location,
      facts: description,
      signals: lines,
      youthKnows: true,
      youthWantsToReport: "not_asked",
      nonPunishmentNoted: false,
      reporter,
    },
  };
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: "steps.read",
    youthId: youth.id,
    recordType: "report_prefill",
    details: { kind },
  });
  return {
    kind,
    trajectId: open?.id ?? null,
    form: JSON.parse(JSON.stringify(forms[kind])) as ReportPrefill["form"],
    consentRule: consentRuleFor(youth, c, relation, ctx.now),
  };
}
