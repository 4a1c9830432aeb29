/**
 * The summary sheet for the police when a youth is missing: who, last seen (when, where, with
 * whom), circumstances, belongings and phone, the checklist, the picture and recent signals.
 * No BSN; the V-number because the police identify foreign nationals by it.
 */
import type { Picture } from "../../domain/picture/index.js";
import type { EpisodeView } from "../../shared/missing.schema.js";
import {
  dateNl,
  dateTimeNl,
  documentOf,
  fields,
  grid,
  heading,
  note,
  para,
  type ReportDocDefinition,
} from "../reports/pdf-blocks.js";
import { FOOTER_NOTE, GENDER_NL, LEVEL_NL, NON_PUNISHMENT_NOTE } from "../reports/report-texts.js";

export interface MissingSummaryData {
  youth: {
    displayName: string;
    dateOfBirth: string;
    estimated: boolean;
    vNumber: string | null;
    nationality: string | null;
    languages: string[];
    gender: string | null;
    location: string;
  };
  episode: EpisodeView;
  picture: Picture | null;
  signals: { observedOn: string; indicators: string; organisation: string }[];
  madeBy: { name: string; organisation: string };
  madeAt: string;
}

const PHONE_NL: Record<string, string> = {
  with_phone: "heeft telefoon bij zich",
  phone_left_behind: "telefoon achtergelaten",
  no_phone: "heeft geen telefoon",
  unknown: "onbekend",
};
const ITEM_NL: Record<string, string> = {
  police_notified: "Politie ingelicht (vermissingsmelding)",
  guardian_informed: "Voogd ingelicht",
  circle_informed: "Kring ingelicht",
  phone_called: "Telefoon gebeld",
  contacts_checked: "Contacten nagegaan",
  social_media_checked: "Sociale media nagekeken",
  care_coordinator_informed: "Zorgcoördinator mensenhandel ingelicht",
};

export function missingSummaryDocument(
  d: MissingSummaryData,
  compress = true,
): ReportDocDefinition {
  const e = d.episode;
  const level = d.picture?.level ?? 0;
  return documentOf(
    `Vermissing — overzicht voor de politie: ${d.youth.displayName}`,
    "Vermissing van een alleenstaande minderjarige vreemdeling",
    [
      {
        text: `Opgesteld op ${dateTimeNl(d.madeAt)} door ${d.madeBy.name} (${d.madeBy.organisation}).`,
        style: "meta",
      },
      heading("Jongere"),
      fields([
        ["Naam (roepnaam)", d.youth.displayName],
        ["Geboortedatum", `${dateNl(d.youth.dateOfBirth)}${d.youth.estimated ? " (geschat)" : ""}`],
        ["Geslacht", GENDER_NL[d.youth.gender ?? "unknown"]],
        ["V-nummer", d.youth.vNumber],
        ["Nationaliteit", d.youth.nationality],
        ["Talen", d.youth.languages.join(", ")],
        ["Verblijfplaats", d.youth.location],
      ]),
      heading("Laatst gezien"),
      fields([
        ["Wanneer", dateTimeNl(e.lastSeenAt)],
        ["Waar", e.lastSeenWhere],
        ["Met wie", e.lastSeenWith],
        ["Vermissing gemeld in InZicht", dateTimeNl(e.reportedAt)],
        ["Telefoon", e.phone ? PHONE_NL[e.phone] : null],
        ["Telefoonnummer", e.phoneNumber],
        ["Spullen", e.belongings],
      ]),
      heading("Omstandigheden"),
      para(e.circumstances ?? ""),
      heading("Direct gedaan"),
      grid(
        ["Actie", "Gedaan om", "Notitie"],
        e.checklist.map((c) => [
          ITEM_NL[c.item] ?? c.item,
          c.doneAt ? dateTimeNl(c.doneAt) : "nog niet",
          c.note ?? "",
        ]),
      ),
      heading("Beeld in InZicht"),
      fields([["Niveau", `${level} — ${LEVEL_NL[level] ?? ""}`]]),
      ...(d.picture?.reasons ?? []).map((r) => para(`- ${r.text.nl}`)),
      heading("Recente signalen"),
      d.signals.length > 0
        ? grid(
            ["Datum", "Signalen", "Organisatie"],
            d.signals.map((s) => [dateNl(s.observedOn), s.indicators, s.organisation]),
          )
        : para("Geen signalen in de afgelopen 90 dagen."),
      ...(level >= 3
        ? [note(`Mogelijk slachtoffer van mensenhandel. ${NON_PUNISHMENT_NOTE}`)]
        : []),
      note(FOOTER_NOTE),
    ],
    compress,
  );
}
