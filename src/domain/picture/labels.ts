/**
 * Words of the picture in Dutch (B1) and English: level labels, suggested next steps (from the
 * seed's "mogelijke stappen") and names of exploitation types and tiers. Reason sentences are in
 * reason-texts.ts.
 */
import type { SpecificType, Tier } from "../catalog/schema.js";
import type { Level, LocalizedText } from "./types.js";

/** The label of each level. */
export const LEVEL_LABELS: Readonly<Record<Level, LocalizedText>> = {
  0: { nl: "Geen signalen", en: "No signals" },
  1: { nl: "Signaal — blijf alert", en: "Signal — stay alert" },
  2: { nl: "Zorg — bespreek in de kring", en: "Concern — discuss in the circle" },
  3: {
    nl: "Vermoeden van uitbuiting — betrek de zorgcoördinator",
    en: "Suspicion of exploitation — involve the care coordinator",
  },
  4: {
    nl: "Acuut — handel nu (112 / Veilig Thuis 24/7)",
    en: "Acute — act now (112 / Veilig Thuis 24/7)",
  },
};

/** The suggested next step per level. */
export const SUGGESTED_STEPS: Readonly<Record<Level, { id: string; text: LocalizedText }>> = {
  0: {
    id: "keep-watching",
    text: {
      nl: "Er zijn nu geen signalen. Let op wat afwijkt van normaal en leg het vast.",
      en: "There are no signals now. Notice what deviates from normal and record it.",
    },
  },
  1: {
    id: "stay-alert",
    text: {
      nl: "Blijf alert. Leg vast wat je ziet en hoort, en deel het op tijd met de kring. Eén signaal zegt weinig; samen vormen signalen een beeld.",
      en: "Stay alert. Record what you see and hear, and share it with the circle in time. One signal means little; together signals form a picture.",
    },
  },
  2: {
    id: "discuss-in-circle",
    text: {
      nl: "Bespreek het in de kring en overleg met interne collega's, zoals het zorgteam. Vraag de jongere of die veilig is. Wil de jongere niet praten? Geef dan zelf informatie.",
      en: "Discuss it in the circle and consult colleagues, such as the care team. Ask the youth about their safety. If the youth does not want to talk, give information yourself.",
    },
  },
  3: {
    id: "involve-care-coordinator",
    text: {
      nl: "Betrek de zorgcoördinator mensenhandel: een vrijblijvend gesprek, met een lijntje naar de politie. Advies kan ook anoniem bij Veilig Thuis of CoMensha. Aangifte is niet altijd de beste stap.",
      en: "Involve the care coordinator for trafficking: a no-obligation talk, with a line to the police. Advice is also possible anonymously from Veilig Thuis or CoMensha. Reporting to the police is not always the best step.",
    },
  },
  4: {
    id: "act-now",
    text: {
      nl: "Handel nu. Vraag: loop je nu gevaar? Wat als je de telefoon uitzet? Bij acuut gevaar: bel 112, of Veilig Thuis 0800-2000 (24/7).",
      en: "Act now. Ask: are you in danger now? What if you switch off the phone? In acute danger: call 112, or Veilig Thuis 0800-2000 (24/7).",
    },
  },
};

/** Names of the specific forms of exploitation. */
export const TYPE_NAMES: Readonly<Record<SpecificType, LocalizedText>> = {
  sexual: { nl: "seksuele uitbuiting", en: "sexual exploitation" },
  criminal: { nl: "criminele uitbuiting", en: "criminal exploitation" },
  labour: { nl: "arbeidsuitbuiting", en: "labour exploitation" },
};

/** Names of the weight tiers. */
export const TIER_NAMES: Readonly<Record<Tier, LocalizedText>> = {
  strong: { nl: "sterk", en: "strong" },
  medium: { nl: "middel", en: "medium" },
  weak: { nl: "zwak", en: "weak" },
};

/** The label of a level (a fresh copy). */
export function levelLabel(level: Level): LocalizedText {
  return { ...LEVEL_LABELS[level] };
}

/** The suggested next step of a level (a fresh copy). */
export function suggestedStep(level: Level): { id: string; text: LocalizedText } {
  const step = SUGGESTED_STEPS[level];
  return { id: step.id, text: { ...step.text } };
}
