/**
 * The signal catalogue's shape. Content lives in `content/catalog/*.json`; this module only
 * validates it. Pure: no file access here (see src/services/catalog/load-catalog.ts).
 */
import { z } from "zod";

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in every product language. */
export const localizedText = z
  .object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) })
  .strict();
export type LocalizedText = z.infer<typeof localizedText>;

export const EXPLOITATION_TYPES = ["sexual", "criminal", "labour", "general"] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];
/** The three specific forms; "general" points to exploitation without a specific form. */
export const SPECIFIC_TYPES = ["sexual", "criminal", "labour"] as const;
export type SpecificType = (typeof SPECIFIC_TYPES)[number];

export const TIERS = ["strong", "medium", "weak"] as const;
export type Tier = (typeof TIERS)[number];

/**
 * The six elements along which the ILO/EC indicator lists are structured (facts.md §1h): three
 * ways of recruitment, the exploitation itself, and coercion or abuse of vulnerability at the
 * destination. Rule set v2 weighs signals per element.
 */
export const ILO_ELEMENTS = [
  "deceptive-recruitment",
  "coercive-recruitment",
  "vulnerability-recruitment",
  "exploitation",
  "coercion-at-destination",
  "vulnerability-at-destination",
] as const;
export type IloElement = (typeof ILO_ELEMENTS)[number];

/** Stable ids: lowercase words with dots and dashes, e.g. `crim.forced-theft`. */
export const catalogId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "ids are lowercase words joined by . or -");

export const source = z
  .object({
    id: catalogId,
    name: z.string().min(1),
    url: z.string().url().optional(),
    /** Section of ../shared/domain/facts.md the item was taken from, e.g. "§1h". */
    factsSection: z.string().min(1),
  })
  .strict();
export type Source = z.infer<typeof source>;

export const category = z
  .object({
    id: catalogId,
    /** The seed's general categories, or the exploitation-specific lists. */
    kind: z.enum(["general", "specific"]),
    order: z.number().int(),
    label: localizedText,
    description: localizedText,
    /** CSS colour token name used together with the label (never colour alone). */
    colour: z.string().regex(/^#[0-9a-f]{6}$/i),
  })
  .strict();
export type Category = z.infer<typeof category>;

export const indicator = z
  .object({
    id: catalogId,
    category: catalogId,
    types: z.array(z.enum(EXPLOITATION_TYPES)).min(1),
    tier: z.enum(TIERS),
    /** Why this tier, when the item is not graded by the ILO/EC Delphi list. */
    tierReason: z.string().min(1).optional(),
    /** Means danger now: threats, violence, being forced right now. */
    acute: z.boolean(),
    /**
     * A sign of control or coercion that is not specific to one form (threats, violence, debts,
     * confiscated phone or papers). The picture counts it towards every type that already has a
     * specific indicator.
     */
    control: z.boolean(),
    /**
     * The ILO/EC element this indicator belongs to, where facts.md §1h supports it. Untagged
     * indicators (most everyday signals) belong to no element.
     */
    iloElement: z.enum(ILO_ELEMENTS).optional(),
    /**
     * The indicator states the exploitation itself (forced to steal, drug running, sex in
     * exchange for shelter, domestic servitude…), not a sign that may point to it. For a minor
     * the means need not be shown, so one such strong signal is a suspicion (rule set v2).
     */
    describesExploitation: z.boolean().optional(),
    /**
     * Withdrawn in a catalogue version: no longer offered for recording (record-signal refuses
     * it), but kept so stored signals keep their meaning (released ids are never removed).
     */
    withdrawn: z
      .object({
        version: z.string(),
        replacedBy: z.array(catalogId).default([]),
        reason: localizedText,
      })
      .strict()
      .optional(),
    text: localizedText,
    explanation: localizedText,
    sources: z.array(catalogId).min(1),
    related: z.array(catalogId).default([]),
    /** Training module that explains this signal, e.g. `m5-signalling`. */
    trainingModule: catalogId,
    keywords: z
      .object({ nl: z.array(z.string()), en: z.array(z.string()) })
      .strict()
      .optional(),
  })
  .strict();
export type Indicator = z.infer<typeof indicator>;

export const vulnerability = z
  .object({
    id: catalogId,
    order: z.number().int(),
    label: localizedText,
    explanation: localizedText,
    /** Special-category data (GDPR art. 9 or equally sensitive): shown only to the circle. */
    specialCategory: z.boolean(),
    /** Computed by the system and never entered by hand. */
    derivable: z.boolean(),
    /**
     * Indicators that record the same fact as a signal (school absence, smuggler debt…). When one
     * of them is recorded, the factor does not count again as a vulnerability (rule set v2).
     */
    sameAsIndicators: z.array(catalogId).optional(),
    sources: z.array(catalogId).min(1),
  })
  .strict();
export type Vulnerability = z.infer<typeof vulnerability>;

export const contextQuestion = z
  .object({ id: catalogId, order: z.number().int(), text: localizedText, hint: localizedText })
  .strict();
export type ContextQuestion = z.infer<typeof contextQuestion>;

export const knowledgePage = z
  .object({
    id: catalogId,
    order: z.number().int(),
    title: localizedText,
    summary: localizedText,
    /** Markdown-light body: paragraphs separated by blank lines, lines starting "- " are list items. */
    body: localizedText,
    sources: z.array(catalogId).min(1),
    relatedIndicators: z.array(catalogId).default([]),
  })
  .strict();
export type KnowledgePage = z.infer<typeof knowledgePage>;

export const contact = z
  .object({
    id: catalogId,
    order: z.number().int(),
    name: localizedText,
    purpose: localizedText,
    phone: z.string().optional(),
    /** tel: form of the number, digits and + only. */
    phoneHref: z
      .string()
      .regex(/^\+?[0-9]+$/)
      .optional(),
    chatUrl: z.string().url().optional(),
    website: z.string().url().optional(),
    hours: localizedText,
    urgent: z.boolean(),
    // No "checked on" date here: a date is only shown where a named person checked the entry,
    // and those checks live in the database (contact_checks, see services/contacts/).
    sources: z.array(catalogId).min(1),
  })
  .strict();
export type Contact = z.infer<typeof contact>;

/**
 * The seed's project facts (content/catalog/programme.json): the project the training comes from,
 * its training offer and the interim training figures, shown on the training dashboard.
 */
export const programme = z
  .object({
    name: localizedText,
    partners: z.string().min(1),
    actionLine: localizedText,
    runsUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    aims: z.array(localizedText).min(1),
    trainingOffer: z
      .array(z.object({ name: localizedText, url: z.string().url().optional() }).strict())
      .min(1),
    figures: z
      .object({
        year: z.number().int(),
        label: localizedText,
        byOrganisation: z
          .array(
            z.object({ organisation: z.string().min(1), professionals: z.number().int() }).strict(),
          )
          .min(1),
        /** As the source states it; must equal the sum (checked in catalog-index.ts). */
        total: z.number().int(),
      })
      .strict(),
    contact: z.object({ training: z.string().email(), research: z.string().email() }).strict(),
    sources: z.array(catalogId).min(1),
  })
  .strict();
export type Programme = z.infer<typeof programme>;

export const catalogFile = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    sources: z.array(source).min(1),
    categories: z.array(category).min(1),
    indicators: z.array(indicator).min(1),
    vulnerabilities: z.array(vulnerability).min(1),
    contextQuestions: z.array(contextQuestion).min(1),
    knowledge: z.array(knowledgePage).min(1),
    contacts: z.array(contact).min(1),
    programme,
  })
  .strict();
export type Catalog = z.infer<typeof catalogFile>;
