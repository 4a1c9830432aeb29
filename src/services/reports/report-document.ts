/**
 * The PDF of a sent report, rendered from its frozen snapshot only: the youth as far as the form
 * needs, the facts, the consent or the meldrecht, the non-punishment note for the police, who sent
 * it and when.
 */
import type { ConsentRecord, ReportForm } from "../../shared/reports.schema.js";
import type { ReportSnapshot } from "./freeze-report.js";
import {
  dateNl,
  dateTimeNl,
  documentOf,
  fields,
  grid,
  heading,
  note,
  para,
  yesNoNl,
  type ReportDocDefinition,
  type Row,
} from "./pdf-blocks.js";
import {
  CONSENT_NOTE,
  FOOTER_NOTE,
  GENDER_NL,
  KIND_TITLES,
  LEVEL_NL,
  MELDRECHT_NOTE,
  NON_PUNISHMENT_NOTE,
  REFLECTION_NL,
  RESIDENCE_NOTE,
  SOURCE_NAMES_NL,
  TYPE_NAMES_NL,
  VT_CONSENT_NL,
} from "./report-texts.js";

type Youth = ReportForm<"police">["youth"];
type Signal = ReportForm<"police">["signals"][number];

function youthRows(y: Partial<Youth>, withNationality: boolean): Row[] {
  const rows: Row[] = [
    ["Naam (roepnaam)", y.displayName],
    ["Geboortedatum", `${dateNl(y.dateOfBirth)}${y.dateOfBirthEstimated ? " (geschat)" : ""}`],
    ["Geslacht", GENDER_NL[y.gender ?? "unknown"]],
  ];
  if (withNationality) rows.push(["Nationaliteit / land van herkomst", y.nationality]);
  rows.push(["Talen", (y.languages ?? []).join(", ")]);
  if (y.vNumber !== undefined) rows.push(["V-nummer", y.vNumber]);
  return rows;
}

const signalGrid = (signals: Signal[]) =>
  grid(
    ["Datum", "Signaal", "Organisatie", "Bron"],
    signals.map((s) => [
      dateNl(s.observedOn),
      s.indicator,
      s.organisation,
      SOURCE_NAMES_NL[s.source] ?? s.source,
    ]),
  );

function consentBlock(c: ConsentRecord | null) {
  return [
    heading("Toestemming"),
    fields([
      ["Getekend door", c ? (c.signer === "youth" ? "de jongere" : "de voogd") : null],
      ["Naam ondertekenaar", c?.signerName],
      ["Datum", dateNl(c?.signedOn)],
      ["Verklaring in dossier", yesNoNl(c?.statementKept)],
    ]),
    note(CONSENT_NOTE),
  ];
}

function kindContent(s: ReportSnapshot): unknown[] {
  if (s.kind === "comensha") {
    const f = s.form as Partial<ReportForm<"comensha">>;
    return [
      heading("Jongere"),
      fields(youthRows(f.youth ?? {}, true)),
      heading("Vermoeden"),
      fields([
        [
          "Vorm van uitbuiting",
          (f.exploitationTypes ?? []).map((t) => TYPE_NAMES_NL[t] ?? t).join(", "),
        ],
        ["Eerste signaal", dateNl(f.firstSignalOn)],
        ["Laatste signaal", dateNl(f.lastSignalOn)],
        ["Signalen van", (f.observerOrganisations ?? []).join(", ")],
        ["Opvang nodig", yesNoNl(f.shelterNeeded)],
        ["Bedenktijd (B8/3)", f.reflectionPeriod ? REFLECTION_NL[f.reflectionPeriod] : null],
        ["Kan niet meewerken met de politie", yesNoNl(f.cannotCooperateWithPolice)],
        ["Verblijfsvergunning slachtoffer", f.residenceNote],
      ]),
      para(f.description ?? ""),
      ...(f.situation ? [heading("Situatie en achtergrond"), para(f.situation)] : []),
      note(RESIDENCE_NOTE),
      ...consentBlock(s.consent),
    ];
  }
  if (s.kind === "veilig_thuis") {
    const f = s.form as Partial<ReportForm<"veilig_thuis">>;
    return [
      heading("Jongere"),
      fields([...youthRows(f.youth ?? {}, false), ["Voogd (organisatie)", f.guardianOrganisation]]),
      heading("Zorg"),
      fields([
        [
          "Niveau in InZicht",
          f.pictureLevel === undefined
            ? null
            : `${f.pictureLevel} — ${LEVEL_NL[f.pictureLevel] ?? ""}`,
        ],
        ["Acuut gevaar", yesNoNl(f.acuteDanger)],
      ]),
      para(f.concern ?? ""),
      signalGrid(f.signals ?? []),
      ...(f.stepsTaken ? [heading("Gezette stappen"), para(f.stepsTaken)] : []),
      heading("Toestemming en medeweten"),
      fields([
        ["Toestemming", VT_CONSENT_NL[f.consentStatus ?? ""] ?? null],
        ["Jongere weet van de melding", yesNoNl(f.youthKnows)],
        ["Toelichting", f.consentNote],
      ]),
      note(MELDRECHT_NOTE),
    ];
  }
  const f = s.form as Partial<ReportForm<"police">>;
  return [
    fields([["Soort", f.mode === "report" ? "melding" : "informatie (geen aangifte)"]]),
    heading("Jongere"),
    fields(youthRows(f.youth ?? {}, true)),
    heading("Feiten"),
    para(f.facts ?? ""),
    signalGrid(f.signals ?? []),
    ...(f.leads ? [heading("Aanknopingspunten"), para(f.leads)] : []),
    fields([
      ["Jongere weet hiervan", yesNoNl(f.youthKnows)],
      [
        "Jongere wil aangifte doen",
        f.youthWantsToReport === "yes"
          ? "ja"
          : f.youthWantsToReport === "no"
            ? "nee"
            : "niet gevraagd",
      ],
    ]),
    heading("Non-punishment"),
    note(NON_PUNISHMENT_NOTE),
  ];
}

/** The report's document definition. */
export function reportDocument(s: ReportSnapshot, compress = true): ReportDocDefinition {
  const f = s.form as {
    location?: { organisation?: string; region?: string };
    reporter?: Record<string, string>;
  };
  return documentOf(
    KIND_TITLES[s.kind],
    `${KIND_TITLES[s.kind]} — ${dateNl(s.sentAt)}`,
    [
      {
        text: `Verzonden op ${dateTimeNl(s.sentAt)} door ${s.sentBy.name} (${s.sentBy.organisation}). Kenmerk: ${s.reportId}`,
        style: "meta",
      },
      ...kindContent(s),
      heading("Verblijfplaats"),
      fields([
        ["Locatie", f.location?.organisation],
        ["Regio", f.location?.region],
      ]),
      heading("Melder"),
      fields([
        ["Naam", f.reporter?.name],
        ["Organisatie", f.reporter?.organisation],
        ["Functie", f.reporter?.role],
        ["Telefoon", f.reporter?.phone],
      ]),
      note(FOOTER_NOTE),
    ],
    compress,
  );
}
