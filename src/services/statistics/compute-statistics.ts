/**
 * Compute the anonymous statistics (issue 23): read the records, build each figure's facts, apply
 * suppression, and replace the published cells in one transaction. The export for the Rapporteur /
 * CoMensha (domain/statistics/export.ts) is computed in the same run, from the same sources. Run by the CLI
 * (`inzicht refresh-statistics`), by a system admin from the screen, and on a schedule.
 * Only aggregates are written; the per-computation subject numbers never leave this function.
 */
import { randomUUID } from "node:crypto";
import { field } from "../../db/encrypted-columns.js";
import {
  listStatCompletions,
  listStatConsults,
  listStatLocations,
  listStatMissing,
  listStatOrganisations,
  listStatPictures,
  listStatReports,
  listStatSignals,
  replaceStatistics,
} from "../../db/repositories/statistics.repository.js";
import type { StatisticsCellTable, StatisticsExportCellTable } from "../../db/statistics-schema.js";
import { publishCube, publishCubeOver } from "../../domain/statistics/cube.js";
import {
  ageBand,
  buildExportFacts,
  EXPORT_DIMENSIONS,
  exportCells,
  exportCubeOptions,
  exportForm,
  exportGender,
  type Registration,
} from "../../domain/statistics/export.js";
import { buildFacts, type StatSources } from "../../domain/statistics/facts.js";
import { FIGURES, STATISTICS_THRESHOLD, type FigureId } from "../../domain/statistics/figures.js";
import type { ServiceDeps } from "../deps.js";
import { loadOriginRegions } from "./origin-regions.js";

/** The figures cover the last two years (in whole quarters). */
export const STATISTICS_WINDOW_MONTHS = 24;

function windowStart(now: Date): string {
  const d = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - STATISTICS_WINDOW_MONTHS + 1, 1),
  );
  const quarterMonth = Math.floor(d.getUTCMonth() / 3) * 3;
  return new Date(Date.UTC(d.getUTCFullYear(), quarterMonth, 1)).toISOString();
}

/**
 * What the export counts of one CoMensha registration, coarsened at once: the form, the age band
 * on the day it was sent, gender, region of origin. The form's text never leaves this function.
 */
function registrationOf(
  deps: ServiceDeps,
  id: string,
  formEnc: string,
  sentAt: string,
): Registration {
  const form = JSON.parse(deps.crypto.decrypt(formEnc, field("reports", "form_enc", id))) as {
    exploitationTypes?: unknown;
    youth?: { dateOfBirth?: unknown; gender?: unknown; nationality?: unknown };
  };
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  const types = Array.isArray(form.exploitationTypes)
    ? form.exploitationTypes.filter((t): t is string => typeof t === "string")
    : [];
  return {
    form: exportForm(types),
    ageBand: ageBand(text(form.youth?.dateOfBirth), sentAt),
    gender: exportGender(text(form.youth?.gender)),
    originRegion: loadOriginRegions().lookup(text(form.youth?.nationality)),
  };
}

export async function readStatSources(deps: ServiceDeps, now: Date): Promise<StatSources> {
  const since = windowStart(now);
  const [organisations, locations, signalRows, pictures, reports, missing, consults, completions] =
    await Promise.all([
      listStatOrganisations(deps.db),
      listStatLocations(deps.db),
      listStatSignals(deps.db, since),
      listStatPictures(deps.db),
      listStatReports(deps.db),
      listStatMissing(deps.db, since),
      listStatConsults(deps.db),
      listStatCompletions(deps.db, since),
    ]);
  const signals = new Map<string, { youthId: string; observedAt: string; categories: string[] }>();
  for (const r of signalRows) {
    const category = deps.catalogIndex.indicator(r.indicator_id)?.category;
    const s = signals.get(r.id) ?? {
      youthId: r.youth_id,
      observedAt: r.observed_at,
      categories: [],
    };
    if (category) s.categories.push(category);
    signals.set(r.id, s);
  }
  return {
    since,
    now: now.toISOString(),
    organisations,
    locations: locations.map((l) => ({
      youthId: l.youth_id,
      organisationId: l.organisation_id,
      startedAt: l.started_at,
      endedAt: l.ended_at,
    })),
    signals: [...signals.values()],
    pictures: pictures.map((p) => ({
      youthId: p.youth_id,
      level: p.level,
      computedAt: p.computed_at,
    })),
    reports: reports.flatMap((r) =>
      r.sent_at
        ? [
            {
              youthId: r.youth_id,
              kind: r.kind,
              consentSigner: r.consent_signer,
              sentAt: r.sent_at,
              ...(r.kind === "comensha"
                ? { registration: registrationOf(deps, r.id, r.form_enc, r.sent_at) }
                : {}),
            },
          ]
        : [],
    ),
    missing: missing.map((m) => ({
      youthId: m.youth_id,
      startedAt: m.started_at,
      endedAt: m.ended_at,
      conversationAt: m.conversation_at ?? null,
    })),
    // The party consulted sits in the step's encrypted "what"; only the party is kept.
    consults: consults.flatMap((c) => {
      if (!c.completed_at) return [];
      const what = JSON.parse(
        deps.crypto.decrypt(c.what_enc, field("step_records", "what_enc", c.id)),
      ) as { party?: unknown };
      return typeof what.party === "string"
        ? [{ youthId: c.youth_id, party: what.party, completedAt: c.completed_at }]
        : [];
    }),
    completions: completions.flatMap((c) =>
      c.completed_at
        ? [
            {
              userId: c.user_id,
              organisationId: c.organisation_id,
              moduleId: c.module_id,
              completedAt: c.completed_at,
            },
          ]
        : [],
    ),
  };
}

export async function computeStatistics(
  deps: ServiceDeps,
): Promise<{ computedAt: string; cells: number }> {
  const now = deps.clock();
  const sources = await readStatSources(deps, now);
  const facts = buildFacts(sources);
  const cells: StatisticsCellTable[] = [];
  const published = new Map<FigureId, ReturnType<typeof publishCube>>();
  for (const id of Object.keys(FIGURES) as FigureId[]) {
    const def = FIGURES[id];
    const cube = publishCube(facts[id], {
      threshold: STATISTICS_THRESHOLD,
      quantiles: def.measure !== undefined,
    });
    published.set(id, cube);
    for (const c of cube)
      cells.push({
        figure: id,
        location: c.coords.location,
        org_type: c.coords.orgType,
        period: c.coords.period,
        breakdown: c.coords.breakdown,
        value: c.value,
        subjects: c.subjects,
        suppressed: c.suppressed ? 1 : 0,
        q1: c.quartiles?.q1 ?? null,
        median: c.quartiles?.median ?? null,
        q3: c.quartiles?.q3 ?? null,
      });
  }
  // The export: the same cube and suppression, held to what "reports per kind/consent" show.
  const exportCube = publishCubeOver(EXPORT_DIMENSIONS, buildExportFacts(sources), {
    threshold: STATISTICS_THRESHOLD,
    ...exportCubeOptions(
      published.get("reports-by-kind") ?? [],
      published.get("reports-by-consent") ?? [],
    ),
  });
  const exportRows: StatisticsExportCellTable[] = exportCells(exportCube).map((c) => ({
    location: c.coords.location,
    form: c.coords.form,
    age_band: c.coords.ageBand,
    gender: c.coords.gender,
    origin_region: c.coords.originRegion,
    value: c.value,
    subjects: c.subjects,
    suppressed: c.suppressed ? 1 : 0,
  }));
  const computedAt = now.toISOString();
  await deps.db.transaction().execute((trx) =>
    replaceStatistics(
      trx,
      {
        id: randomUUID(),
        computed_at: computedAt,
        window_from: sources.since,
        threshold: STATISTICS_THRESHOLD,
        rules_version: deps.rules.version,
        catalog_version: deps.catalog.version,
        cells: cells.length,
      },
      cells,
      exportRows,
    ),
  );
  return { computedAt, cells: cells.length };
}
