/**
 * The catalogue as the API serves it (API.md): `{ version, categories, indicators, vulnerabilities,
 * exploitationTypes, ... }`. With a language, texts are plain strings; without, `{ nl, en }`.
 */
import {
  EXPLOITATION_TYPES,
  type Catalog,
  type Language,
  type LocalizedText,
} from "../../domain/catalog/schema.js";

const TYPE_LABELS: Record<string, LocalizedText> = {
  sexual: { nl: "Seksuele uitbuiting", en: "Sexual exploitation" },
  criminal: { nl: "Criminele uitbuiting", en: "Criminal exploitation" },
  labour: { nl: "Arbeidsuitbuiting", en: "Labour exploitation" },
  general: { nl: "Algemeen", en: "General" },
};

type Localised<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer U)[]
    ? Localised<U>[]
    : T extends object
      ? { [K in keyof T]: Localised<T[K]> }
      : T;

function isLocalized(v: unknown): v is LocalizedText {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).sort().join() === "en,nl"
  );
}

/** Replaces every {nl, en} object by the chosen language's string. */
export function localise<T>(value: T, lang: Language): Localised<T> {
  if (isLocalized(value)) return value[lang] as Localised<T>;
  if (Array.isArray(value)) return value.map((v) => localise(v, lang)) as Localised<T>;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, localise(v, lang)]),
    ) as Localised<T>;
  }
  return value as Localised<T>;
}

export function catalogView(catalog: Catalog, lang?: Language): unknown {
  const view = {
    ...catalog,
    exploitationTypes: EXPLOITATION_TYPES.map((id) => ({
      id,
      label: TYPE_LABELS[id] ?? { nl: id, en: id },
    })),
  };
  return lang ? { lang, ...localise(view, lang) } : view;
}
