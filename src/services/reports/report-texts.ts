/**
 * Dutch texts of the reports (the PDFs go to Dutch organisations) and the notes every report
 * carries: the meldrecht for Veilig Thuis and the non-punishment principle for the police.
 */
export const KIND_TITLES = {
  comensha: "Aanmelding (mogelijk) slachtoffer mensenhandel — CoMensha",
  veilig_thuis: "Melding Veilig Thuis",
  police: "Informatie voor de politie",
} as const;

export const STEP_NAMES_NL: Record<string, string> = {
  safety_check: "Veiligheidscheck",
  consult: "Overleg / advies",
  inform_youth: "Gesprek met en informatie aan de jongere",
  weigh: "Afweging (afwegingskader)",
  decide: "Besluit",
  monitor: "Monitoren",
  close: "Afgesloten",
};

export const TYPE_NAMES_NL: Record<string, string> = {
  sexual: "seksuele uitbuiting",
  criminal: "criminele uitbuiting",
  labour: "arbeidsuitbuiting",
  organ_removal: "gedwongen verwijderen van organen",
  unknown: "nog onbekend",
};

/** The bedenktijd (Vc B8/3) on the CoMensha form. */
export const REFLECTION_NL: Record<string, string> = {
  offered: "aangeboden door politie of KMar",
  not_offered: "(nog) niet aangeboden",
  unknown: "onbekend",
};

/**
 * Verblijfsregeling mensenhandel (Vc B8/3; facts.md §6, CoMensha and Wegwijzer Mensenhandel).
 */
export const RESIDENCE_NOTE =
  "Verblijfsregeling mensenhandel (Vreemdelingencirculaire B8/3): bij de geringste aanwijzing van mensenhandel biedt de politie of de KMar een bedenktijd van maximaal 3 maanden; de IND schort uitzetting op, en er is opvang en financiële steun. Daarna is een tijdelijke verblijfsvergunning voor slachtoffers mogelijk; de aangifte geldt als aanvraag. Ook wie niet kan meewerken met de politie door minderjarigheid, ernstige dreiging of een medische beperking, kan die vergunning krijgen (met een verklaring van politie/KMar en/of een medische verklaring).";

export const SOURCE_NAMES_NL: Record<string, string> = {
  own_observation: "eigen waarneming",
  youth_told: "verteld door de jongere",
  third_party: "via een ander",
};

export const GENDER_NL: Record<string, string> = {
  male: "man",
  female: "vrouw",
  other: "anders",
  unknown: "onbekend",
};

export const VT_CONSENT_NL: Record<string, string> = {
  consent_given: "De jongere heeft toestemming gegeven.",
  refused_reported_anyway: "De jongere gaf geen toestemming; er is toch gemeld (meldrecht).",
  not_asked_safety:
    "Niet gevraagd: vragen zou de veiligheid van de jongere of anderen in gevaar brengen.",
  not_asked_other: "Niet gevraagd (zie toelichting).",
};

export const MELDRECHT_NOTE =
  "Meldrecht (Wmo 2015, art. 5.2.6): een professional mag zonder toestemming en zo nodig met doorbreking van het beroepsgeheim melden bij Veilig Thuis, als dat nodig is om kindermishandeling te stoppen of een redelijk vermoeden te onderzoeken. Zonder toestemming is niet zonder medeweten: de jongere wordt zo mogelijk vooraf geïnformeerd.";

export const NON_PUNISHMENT_NOTE =
  "Non-punishmentbeginsel: de bevoegde autoriteiten hebben het recht slachtoffers van mensenhandel niet te vervolgen of te bestraffen voor strafbare feiten waartoe zij zijn gedwongen (art. 8 Richtlijn 2011/36/EU); volgens de Aanwijzing mensenhandel (2022A002) worden slachtoffers daartegen beschermd. Bij minderjarigen is dwang niet nodig voor mensenhandel. Dit is geen gegeven: politie, OM en rechter beslissen per geval. Een aangifte is niet altijd de beste optie; overleg met de zorgcoördinator mensenhandel.";

export const CONSENT_NOTE =
  "Toestemming: een jongere van 16 jaar of ouder tekent zelf de toestemmingsverklaring; onder de 16 tekent de voogd (voor een AMV'er: de jeugdbeschermer van Nidos).";

export const FOOTER_NOTE =
  "Opgesteld met InZicht. InZicht verstuurt zelf niets: dit document legt vast wat is gedeeld, door wie en wanneer.";

export const LEVEL_NL = ["geen signalen", "signaal", "zorg", "vermoeden van uitbuiting", "acuut"];
