/**
 * Reads content/youth-info/<lang>.json for every language, validates each file with zod and
 * checks them against each other and against the catalogue's contacts (ADR 0020). Fails at
 * start-up with a message naming the file and the problem.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Contact } from "../../domain/catalog/schema.js";
import {
  checkYouthInfo,
  YOUTH_INFO_LANGUAGES,
  youthInfoFile,
  type YouthInfoContact,
  type YouthInfoFile,
  type YouthInfoLanguage,
} from "../../domain/youth-info/content.js";
import { contentDir } from "../catalog/load-catalog.js";

export type YouthInfo = Record<YouthInfoLanguage, YouthInfoFile>;

/** A catalogue contact as a page shows it (the Dutch name: names are proper nouns). */
export function pageContact(contact: Contact): YouthInfoContact {
  return {
    id: contact.id,
    name: contact.name.nl,
    phone: contact.phone,
    phoneHref: contact.phoneHref,
    chatUrl: contact.chatUrl,
  };
}

/** Loads and checks every language's file; throws on any problem. */
export function loadYouthInfo(
  contacts: readonly Contact[],
  dir = path.join(contentDir(), "youth-info"),
): YouthInfo {
  const files: Partial<Record<string, YouthInfoFile>> = {};
  const problems: string[] = [];
  for (const { code } of YOUTH_INFO_LANGUAGES) {
    const file = path.join(dir, `${code}.json`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    const parsed = youthInfoFile.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${file}: ${issue.path.join(".")}: ${issue.message}`);
      continue;
    }
    files[code] = parsed.data;
  }
  if (problems.length === 0) problems.push(...checkYouthInfo(files, contacts.map(pageContact)));
  if (problems.length > 0) throw new Error(`youth information:\n  ${problems.join("\n  ")}`);
  return files as YouthInfo;
}
