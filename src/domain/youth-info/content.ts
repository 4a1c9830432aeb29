/**
 * Youth information pages (issue 24, ADR 0020): the shape of one language's content file
 * (content/youth-info/<lang>.json) and the checks across files. Every text keeps its source: a
 * section of the domain research (facts.md §…), or `own` for our own text that no expert has
 * reviewed yet. Phone numbers and chat links are not in these files: a page names catalogue
 * contacts by id and shows the catalogue's number and link.
 */
import { z } from "zod";
import {
  DRAFT_LANGUAGES,
  SOURCE_LANGUAGE,
  YOUTH_INFO_CODES,
  YOUTH_INFO_LANGUAGES,
} from "./languages.js";

export * from "./languages.js";

/** The contacts a page shows, by catalogue id (content/catalog/contacts.json), in this order. */
export const YOUTH_INFO_CONTACTS = [
  "emergency-112",
  "chat-met-fier",
  "keerpunt",
  "kindertelefoon",
] as const;

/** The texts of a page, in page order. Headings end in `Title`. */
export const TEXT_KEYS = [
  "title",
  "intro",
  "whatTitle",
  "whatText",
  "sexual",
  "sexualExample",
  "criminal",
  "criminalExample",
  "labour",
  "labourExample",
  "faultTitle",
  "notYourFault",
  "nonPunishment",
  "rightsTitle",
  "rightGuardian",
  "rightSafety",
  "rightReflection",
  "rightLawyer",
  "helpTitle",
  "helpMentor",
  "helpGuardian",
  "tellTitle",
  "tellChat",
  "tellAdult",
  "tellNoReport",
  "tellDanger",
  "privacy",
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

/** The short labels around the texts (buttons, status); they need no source. */
export const UI_KEYS = [
  "languageName",
  "quickExit",
  "quickExitHint",
  "print",
  "languages",
  "phone",
  "chat",
  "qrCaption",
  "statusUnreviewed",
  "statusDraft",
  "statusReviewed",
  "statusSource",
] as const;
export type UiKey = (typeof UI_KEYS)[number];

const line = z.string().trim().min(1).max(1200);
/** `facts.md §6 Non-punishment principle`, or `own: …` (our text, not yet reviewed by an expert). */
const source = z
  .string()
  .regex(/^(facts\.md §\d+[a-z]? .+|own: .+)$/, "a facts.md section (facts.md §N title) or own: …");

const textItem = z.object({ text: line, source: z.array(source).min(1) }).strict();

const status = z.discriminatedUnion("state", [
  /** The Dutch source text. */
  z.object({ state: z.literal("source") }).strict(),
  /** Fully written, checked against the Dutch text by us, not by a sworn translator. */
  z.object({ state: z.literal("unreviewed") }).strict(),
  /** A shorter draft, to be completed and reviewed. */
  z.object({ state: z.literal("draft") }).strict(),
  /** Reviewed by a sworn translator: only then does the "not reviewed" status go. */
  z
    .object({
      state: z.literal("reviewed"),
      reviewer: z.string().trim().min(3).max(200),
      reviewedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    })
    .strict(),
]);

export const youthInfoFile = z
  .object({
    lang: z.enum(YOUTH_INFO_CODES),
    status,
    ui: z
      .object(Object.fromEntries(UI_KEYS.map((k) => [k, line])) as Record<UiKey, typeof line>)
      .strict(),
    texts: z
      .object(
        Object.fromEntries(TEXT_KEYS.map((k) => [k, textItem])) as Record<TextKey, typeof textItem>,
      )
      .strict(),
    /** What the page says about each contact; number and link come from the catalogue. */
    contacts: z
      .object(
        Object.fromEntries(YOUTH_INFO_CONTACTS.map((k) => [k, textItem])) as Record<
          (typeof YOUTH_INFO_CONTACTS)[number],
          typeof textItem
        >,
      )
      .strict(),
  })
  .strict();
export type YouthInfoFile = z.infer<typeof youthInfoFile>;
export type YouthInfoStatus = YouthInfoFile["status"];

/** What a page needs of a catalogue contact. */
export interface YouthInfoContact {
  id: string;
  name: string;
  phone?: string | undefined;
  phoneHref?: string | undefined;
  chatUrl?: string | undefined;
}

/**
 * Problems across the files: a language missing, a file under the wrong name, a source that
 * differs from the Dutch text's (a translation carries the same sources), the Dutch file not
 * marked as the source, a page contact the catalogue does not have or cannot be reached by, a
 * number or link in the running text.
 */
export const EMERGENCY_PLACEHOLDER = "{emergency}";

/**
 * Phone numbers in the running text come from the catalogue too: `tellDanger` carries the
 * placeholder `{emergency}` (the page puts in the 112 contact's number, isolated left-to-right),
 * and no text holds a number of three or more digits in any script (Western, Arabic-Indic,
 * Persian) nor a link.
 */
function numberProblems(code: string, file: YouthInfoFile): string[] {
  const problems: string[] = [];
  if (file.texts.tellDanger.text.split(EMERGENCY_PLACEHOLDER).length !== 2)
    problems.push(`${code}: texts.tellDanger needs ${EMERGENCY_PLACEHOLDER} once`);
  for (const key of TEXT_KEYS) {
    const text = file.texts[key].text;
    if (/\p{Nd}{3}|https?:\/\/|\.nl\b|\.chat\b/u.test(text))
      problems.push(`${code}: texts.${key} holds a number or link (they come from the catalogue)`);
    if (key !== "tellDanger" && text.includes(EMERGENCY_PLACEHOLDER))
      problems.push(`${code}: texts.${key} has ${EMERGENCY_PLACEHOLDER}, only tellDanger may`);
  }
  return problems;
}

export function checkYouthInfo(
  files: Partial<Record<string, YouthInfoFile>>,
  contacts: readonly YouthInfoContact[],
): string[] {
  const problems: string[] = [];
  const nl = files[SOURCE_LANGUAGE];
  for (const { code } of YOUTH_INFO_LANGUAGES) {
    const file = files[code];
    if (!file) {
      problems.push(`${code}: no content file`);
      continue;
    }
    if (file.lang !== code) problems.push(`${code}: the file says lang "${file.lang}"`);
    if (DRAFT_LANGUAGES.includes(code) !== (file.status.state === "draft"))
      problems.push(`${code}: draft status differs from DRAFT_LANGUAGES (languages.ts)`);
    if ((code === SOURCE_LANGUAGE) !== (file.status.state === "source"))
      problems.push(`${code}: only the Dutch file is the source text`);
    problems.push(...numberProblems(code, file));
    if (!nl || code === SOURCE_LANGUAGE) continue;
    for (const key of TEXT_KEYS)
      if (file.texts[key].source.join("|") !== nl.texts[key].source.join("|"))
        problems.push(`${code}: texts.${key} has other sources than the Dutch text`);
    for (const key of YOUTH_INFO_CONTACTS)
      if (file.contacts[key].source.join("|") !== nl.contacts[key].source.join("|"))
        problems.push(`${code}: contacts.${key} has other sources than the Dutch text`);
  }
  for (const id of YOUTH_INFO_CONTACTS) {
    const contact = contacts.find((c) => c.id === id);
    if (!contact) problems.push(`contact ${id} is not in the catalogue`);
    else if (!contact.phoneHref && !contact.chatUrl)
      problems.push(`contact ${id} has neither a phone number nor a chat link`);
  }
  return problems;
}
