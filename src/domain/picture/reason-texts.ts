/**
 * Reason sentences in Dutch (B1) and English, e.g. "3 signalen uit 3 categorieën, door 2
 * professionals, in 60 dagen". One builder per rule kind; numbers come from the rule.
 */
import type { IloElement, SpecificType, Tier } from "../catalog/schema.js";
import { TIER_NAMES, TYPE_NAMES } from "./labels.js";
import type { LocalizedText } from "./types.js";

const TIER_ORDER: readonly Tier[] = ["strong", "medium", "weak"];

function n(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function periodNl(days: number): string {
  return days === 365 ? "12 maanden" : n(days, "dag", "dagen");
}

function periodEn(days: number): string {
  return days === 365 ? "12 months" : n(days, "day", "days");
}

/** Level 1: signals in the long window. */
export function anySignalText(
  signals: number,
  observers: number,
  windowDays: number,
): LocalizedText {
  return {
    nl: `${n(signals, "signaal", "signalen")} in de afgelopen ${periodNl(windowDays)}, door ${n(observers, "professional", "professionals")}`,
    en: `${n(signals, "signal", "signals")} in the last ${periodEn(windowDays)}, by ${n(observers, "professional", "professionals")}`,
  };
}

/** Level 2: distinct indicators across categories within a span of days. */
export function acrossCategoriesText(
  indicators: number,
  categories: number,
  observers: number,
  spanDays: number,
): LocalizedText {
  const spanNl = spanDays === 0 ? "op dezelfde dag" : `in ${n(spanDays, "dag", "dagen")}`;
  const spanEn = spanDays === 0 ? "on the same day" : `within ${n(spanDays, "day", "days")}`;
  return {
    nl: `${n(indicators, "signaal", "signalen")} uit ${n(categories, "categorie", "categorieën")}, door ${n(observers, "professional", "professionals")}, ${spanNl}`,
    en: `${n(indicators, "signal", "signals")} from ${n(categories, "category", "categories")}, by ${n(observers, "professional", "professionals")}, ${spanEn}`,
  };
}

/** Level 2: signals from several professionals. */
export function severalObserversText(observers: number, organisations: number): LocalizedText {
  return {
    nl: `Signalen van ${observers} verschillende professionals, uit ${n(organisations, "organisatie", "organisaties")}`,
    en: `Signals from ${observers} different professionals, from ${n(organisations, "organisation", "organisations")}`,
  };
}

function tierList(tiers: readonly Tier[], lang: keyof LocalizedText, or: string): string {
  return TIER_ORDER.filter((t) => tiers.includes(t))
    .map((t) => TIER_NAMES[t][lang])
    .join(` ${or} `);
}

/** Level 2: specific indicators of one type. */
export function specificIndicatorText(
  indicators: number,
  type: SpecificType,
  tiers: readonly Tier[],
): LocalizedText {
  return {
    nl: `${n(indicators, "specifiek signaal", "specifieke signalen")} van ${TYPE_NAMES[type].nl}, met gewicht ${tierList(tiers, "nl", "of")}`,
    en: `${n(indicators, "specific signal", "specific signals")} of ${TYPE_NAMES[type].en}, weighted ${tierList(tiers, "en", "or")}`,
  };
}

/** Level 2: missing episodes in the window. */
export function recentMissingText(
  episodes: number,
  ongoing: boolean,
  windowDays: number,
): LocalizedText {
  return {
    nl: `${episodes} keer vermist in de afgelopen ${periodNl(windowDays)}${ongoing ? ", en nu vermist" : ""}`,
    en: `Missing ${episodes === 1 ? "once" : `${episodes} times`} in the last ${periodEn(windowDays)}${ongoing ? ", and missing now" : ""}`,
  };
}

/** Level 3: the ILO/EC element rule is met for a type. */
export function iloElementText(
  type: SpecificType,
  tiers: Record<Tier, number>,
  control: number,
): LocalizedText {
  const controlNl =
    control > 0 ? `, waarvan ${n(control, "signaal", "signalen")} van dwang of controle` : "";
  const controlEn =
    control > 0
      ? `, of which ${control} ${control === 1 ? "is a sign" : "are signs"} of coercion or control`
      : "";
  const weights = (lang: keyof LocalizedText) =>
    TIER_ORDER.filter((t) => tiers[t] > 0)
      .map((t) => `${tiers[t]} ${TIER_NAMES[t][lang]}`)
      .join(", ");
  return {
    nl: `Signalen van ${TYPE_NAMES[type].nl} voldoen samen aan de ILO-regel: ${weights("nl")}${controlNl}`,
    en: `Signals of ${TYPE_NAMES[type].en} together meet the ILO rule: ${weights("en")}${controlEn}`,
  };
}

/** Level 3: concern plus vulnerabilities plus several professionals. */
export function cumulativeText(vulnerabilities: number, observers: number): LocalizedText {
  return {
    nl: `Zorg, samen met ${n(vulnerabilities, "kwetsbaarheid", "kwetsbaarheden")} en signalen van ${n(observers, "professional", "professionals")}`,
    en: `Concern, together with ${n(vulnerabilities, "vulnerability", "vulnerabilities")} and signals from ${n(observers, "professional", "professionals")}`,
  };
}

/** Level 3: professionals recorded a suspicion. */
export function suspicionText(authors: number): LocalizedText {
  return {
    nl: `${n(authors, "professional heeft", "professionals hebben")} een vermoeden van uitbuiting vastgelegd`,
    en: `${n(authors, "professional has", "professionals have")} recorded a suspicion of exploitation`,
  };
}

/** Level 4: acute indicators observed recently. */
export function acuteText(signals: number, windowDays: number, level = 4): LocalizedText {
  if (level < 4)
    return {
      nl: `${n(signals, "acuut signaal", "acute signalen")} in de afgelopen ${periodNl(windowDays)}: ook als het langer geleden is, blijft het een vermoeden`,
      en: `${n(signals, "acute signal", "acute signals")} in the last ${periodEn(windowDays)}: even when it was some time ago, it stays a suspicion`,
    };
  return {
    nl: `${n(signals, "acuut signaal", "acute signalen")} in de afgelopen ${periodNl(windowDays)}: mogelijk nu gevaar`,
    en: `${n(signals, "acute signal", "acute signals")} in the last ${periodEn(windowDays)}: possible danger now`,
  };
}

/** Missing now while other rules give at least `minLevel` (3: a suspicion; lower: signals). */
export function missingNowText(minLevel: number): LocalizedText {
  if (minLevel >= 3)
    return {
      nl: "Nu vermist, terwijl er een vermoeden van uitbuiting is",
      en: "Missing now, while there is a suspicion of exploitation",
    };
  return {
    nl: "Nu vermist, terwijl er signalen zijn: dat is een vermoeden tot het tegendeel blijkt",
    en: "Missing now, while there are signals: treat it as a suspicion until shown otherwise",
  };
}

/** The six ILO/EC elements in plain words (facts.md §1h). */
export const ELEMENT_NAMES: Readonly<Record<IloElement, LocalizedText>> = {
  "deceptive-recruitment": { nl: "misleiding bij werving", en: "deception in recruitment" },
  "coercive-recruitment": { nl: "dwang bij werving", en: "coercion in recruitment" },
  "vulnerability-recruitment": {
    nl: "misbruik van kwetsbaarheid bij werving",
    en: "abuse of vulnerability in recruitment",
  },
  exploitation: { nl: "uitbuiting zelf", en: "the exploitation itself" },
  "coercion-at-destination": { nl: "dwang en controle", en: "coercion and control" },
  "vulnerability-at-destination": {
    nl: "misbruik van kwetsbaarheid",
    en: "abuse of vulnerability",
  },
};

/** Level 2 (v2): independent sources — professionals who saw it, and the youth's own account. */
export function independentObserversText(professionals: number, youthTold: boolean): LocalizedText {
  const youthNl = youthTold ? " en wat de jongere zelf vertelde" : "";
  const youthEn = youthTold ? " and what the youth told" : "";
  return {
    nl: `Los van elkaar gezien: door ${n(professionals, "professional", "professionals")} zelf${youthNl}`,
    en: `Seen independently: by ${n(professionals, "professional", "professionals")} themselves${youthEn}`,
  };
}

/** Level 3 (v2): one signal that states the exploitation itself. */
export function describesExploitationText(
  type: SpecificType | undefined,
  ageDays: number,
): LocalizedText {
  const formNl = type ? ` (${TYPE_NAMES[type].nl})` : "";
  const formEn = type ? ` (${TYPE_NAMES[type].en})` : "";
  const whenNl = ageDays === 0 ? "vandaag" : `${n(ageDays, "dag", "dagen")} geleden`;
  const whenEn = ageDays === 0 ? "today" : `${n(ageDays, "day", "days")} ago`;
  return {
    nl: `Het signaal beschrijft de uitbuiting zelf${formNl}, gezien of gehoord ${whenNl}. Bij een minderjarige is dat genoeg voor een vermoeden`,
    en: `The signal describes the exploitation itself${formEn}, seen or heard ${whenEn}. For a minor that is enough for a suspicion`,
  };
}

/** Level 3 (v2): the ILO/EC combination rule is met for one element. */
export function elementText(element: IloElement, tiers: Record<Tier, number>): LocalizedText {
  const weights = (lang: keyof LocalizedText) =>
    TIER_ORDER.filter((t) => tiers[t] > 0)
      .map((t) => `${tiers[t]} ${TIER_NAMES[t][lang]}`)
      .join(", ");
  return {
    nl: `Signalen van ${ELEMENT_NAMES[element].nl} samen: ${weights("nl")}. Volgens de ILO/EC-indicatoren is dat genoeg; bij een minderjarige hoeft dwang niet bewezen te worden`,
    en: `Signals of ${ELEMENT_NAMES[element].en} together: ${weights("en")}. By the ILO/EC indicators that is enough; for a minor, coercion need not be proven`,
  };
}

/** Level 3 (v2): recruitment (deception or coercion) together with exploitation. */
export function actAndPurposeText(act: number, purpose: number): LocalizedText {
  return {
    nl: `Werving met misleiding of dwang (${n(act, "signaal", "signalen")}) samen met uitbuiting (${n(purpose, "signaal", "signalen")})`,
    en: `Recruitment by deception or coercion (${n(act, "signal", "signals")}) together with exploitation (${n(purpose, "signal", "signals")})`,
  };
}

/** Level 3 (v2): concern, with vulnerabilities as context and a signal that points to exploitation. */
export function contextText(
  vulnerabilities: number,
  sources: number,
  pointing: number,
): LocalizedText {
  return {
    nl: `Zorg, met ${n(pointing, "signaal dat", "signalen die")} op uitbuiting ${pointing === 1 ? "wijst" : "wijzen"}, ${n(vulnerabilities, "kwetsbaarheid", "kwetsbaarheden")} en ${n(sources, "bron", "bronnen")} los van elkaar`,
    en: `Concern, with ${n(pointing, "signal", "signals")} pointing to exploitation, ${n(vulnerabilities, "vulnerability", "vulnerabilities")} and ${n(sources, "independent source", "independent sources")}`,
  };
}

/** Level 4: unhandled safety alerts. */
export function safetyAlertText(alerts: number): LocalizedText {
  return {
    nl: `Veiligheidscheck: nu gevaar, nog niet afgehandeld${alerts > 1 ? ` (${alerts} keer)` : ""}`,
    en: `Safety check: danger now, not handled yet${alerts > 1 ? ` (${alerts} times)` : ""}`,
  };
}

/** Information only: signals older than the long window. */
export function outsideLongWindowText(signals: number, windowDays: number): LocalizedText {
  return {
    nl: `${n(signals, "signaal is", "signalen zijn")} ouder dan ${periodNl(windowDays)} en ${signals === 1 ? "telt" : "tellen"} niet meer mee voor het niveau`,
    en: `${n(signals, "signal is", "signals are")} older than ${periodEn(windowDays)} and no longer ${signals === 1 ? "counts" : "count"} towards the level`,
  };
}
