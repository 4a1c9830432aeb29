/**
 * The youth information page of one language as plain HTML (issue 24, ADR 0020): no SPA, one
 * small script (quick exit, print, offline), one style sheet, and for print a one-page A4
 * leaflet with a QR code to the page. Phone numbers and chat links come from the catalogue's
 * contacts and are isolated left-to-right inside right-to-left text.
 */
import { renderSVG } from "uqr";
import {
  directionOf,
  EMERGENCY_PLACEHOLDER,
  TEXT_KEYS,
  YOUTH_INFO_CONTACTS,
  YOUTH_INFO_LANGUAGES,
  type TextKey,
  type YouthInfoContact,
  type YouthInfoFile,
  type YouthInfoLanguage,
} from "../../../domain/youth-info/content.js";

/** Where the quick exit goes: a neutral, common site (ADR 0020). */
export const QUICK_EXIT_URL = "https://www.google.nl/";
export const YOUTH_INFO_CSS = "/info/youth-info.css";
export const YOUTH_INFO_JS = "/info/youth-info.js";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Left-to-right isolated text (numbers, addresses) inside any direction. */
const ltr = (s: string) => `<bdi dir="ltr">${esc(s)}</bdi>`;

/** The sections of the page: a heading key and the keys of its paragraphs. */
const SECTIONS: { heading: TextKey; items: TextKey[]; kinds?: boolean }[] = [
  {
    heading: "whatTitle",
    items: [
      "whatText",
      "sexual",
      "sexualExample",
      "criminal",
      "criminalExample",
      "labour",
      "labourExample",
    ],
    kinds: true,
  },
  { heading: "faultTitle", items: ["notYourFault", "nonPunishment"] },
  {
    heading: "rightsTitle",
    items: ["rightGuardian", "rightSafety", "rightReflection", "rightLawyer"],
  },
  { heading: "helpTitle", items: ["helpMentor", "helpGuardian"] },
  { heading: "tellTitle", items: ["tellChat", "tellAdult", "tellNoReport"] },
];
// Every text key is placed once: title, intro and privacy outside the sections.
const PLACED = new Set<TextKey>([
  "title",
  "intro",
  "tellDanger",
  "privacy",
  ...SECTIONS.flatMap((s) => [s.heading, ...s.items]),
]);
if (TEXT_KEYS.some((k) => !PLACED.has(k)))
  throw new Error("youth-info-page: a text key has no place");

export interface PageInput {
  file: YouthInfoFile;
  /** The Dutch file, for the Dutch status line on translated pages. */
  source: YouthInfoFile;
  /** Every language's name in its own language, for the language menu. */
  languageNames: Record<YouthInfoLanguage, string>;
  contacts: readonly YouthInfoContact[];
  /** The page's absolute URL for the QR code, or null when unknown (no QR code then). */
  pageUrl: string | null;
}

function statusLine(file: YouthInfoFile, source: YouthInfoFile): string {
  const s = file.status;
  if (s.state === "source") return `<p class="status">${esc(file.ui.statusSource)}</p>`;
  if (s.state === "reviewed")
    return `<p class="status">${esc(
      file.ui.statusReviewed.replace("{reviewer}", s.reviewer).replace("{date}", s.reviewedOn),
    )}</p>`;
  const key = s.state === "draft" ? "statusDraft" : "statusUnreviewed";
  return `<p class="status status-open" role="note">${esc(file.ui[key])} <span lang="nl" dir="ltr">${esc(source.ui[key])}</span></p>`;
}

function contactItem(file: YouthInfoFile, contact: YouthInfoContact): string {
  const id = contact.id as (typeof YOUTH_INFO_CONTACTS)[number];
  const ways: string[] = [];
  if (contact.phone && contact.phoneHref)
    ways.push(
      `<a class="way" href="tel:${esc(contact.phoneHref)}" data-contact="${esc(id)}" data-phone="${esc(contact.phone)}">${esc(file.ui.phone)} ${ltr(contact.phone)}</a>`,
    );
  if (contact.chatUrl)
    ways.push(
      `<a class="way" href="${esc(contact.chatUrl)}" rel="noreferrer noopener" data-contact="${esc(id)}" data-chat="${esc(contact.chatUrl)}">${esc(file.ui.chat)} ${ltr(contact.chatUrl.replace(/^https:\/\//, "").replace(/\/$/, ""))}</a>`,
    );
  return `<li><strong>${ltr(contact.name)}</strong> ${esc(file.contacts[id].text)}<br>${ways.join(" ")}</li>`;
}

function qrBlock(file: YouthInfoFile, pageUrl: string | null): string {
  if (!pageUrl) return "";
  const svg = renderSVG(pageUrl, { border: 1 });
  return `<figure class="qr"><div aria-hidden="true">${svg}</div><figcaption>${esc(file.ui.qrCaption)} ${ltr(pageUrl)}</figcaption></figure>`;
}

/** The whole page. */
export function renderYouthInfoPage(input: PageInput): string {
  const { file, source, contacts, pageUrl } = input;
  const dir = directionOf(file.lang);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const emergency = byId.get("emergency-112");
  // The emergency number in the running text is the catalogue's, isolated left-to-right.
  const emergencyHtml =
    emergency?.phone && emergency.phoneHref
      ? `<a href="tel:${esc(emergency.phoneHref)}" data-contact="emergency-112" data-phone="${esc(emergency.phone)}">${ltr(emergency.phone)}</a>`
      : "";
  const t = (k: TextKey) => esc(file.texts[k].text).replace(EMERGENCY_PLACEHOLDER, emergencyHtml);
  const contactList = YOUTH_INFO_CONTACTS.flatMap((id) => {
    const c = byId.get(id);
    return c ? [contactItem(file, c)] : [];
  }).join("");
  const sections = SECTIONS.map((s) => {
    const body = s.kinds
      ? `<p>${t("whatText")}</p><ul class="kinds">${(["sexual", "criminal", "labour"] as const)
          .map((k) => `<li><p>${t(k)}</p><p class="example">${t(`${k}Example`)}</p></li>`)
          .join("")}</ul>`
      : s.items.map((k) => `<p>${t(k)}</p>`).join("");
    const extra = s.heading === "helpTitle" ? `<ul class="contacts">${contactList}</ul>` : "";
    return `<section aria-labelledby="${s.heading}"><h2 id="${s.heading}">${t(s.heading)}</h2>${body}${extra}</section>`;
  }).join("\n");
  const languages = YOUTH_INFO_LANGUAGES.map(({ code }) => {
    const current = code === file.lang ? ' aria-current="page"' : "";
    return `<li><a href="/info/${code}" lang="${code}" hreflang="${code}" dir="${directionOf(code)}"${current}>${esc(input.languageNames[code])}</a></li>`;
  }).join("");
  return `<!doctype html>
<html lang="${file.lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t("title")}</title>
<link rel="stylesheet" href="${YOUTH_INFO_CSS}">
<script src="${YOUTH_INFO_JS}" defer></script>
</head>
<body>
<a class="quick-exit" id="quick-exit" href="${QUICK_EXIT_URL}" rel="noreferrer noopener" data-exit="${QUICK_EXIT_URL}">${esc(file.ui.quickExit)}</a>
<header>
<h1>${t("title")}</h1>
${statusLine(file, source)}
<p class="hint">${esc(file.ui.quickExitHint)}</p>
<p>${t("intro")}</p>
<p class="danger">${t("tellDanger")}</p>
</header>
<main>
${sections}
${qrBlock(file, pageUrl)}
</main>
<footer>
<p>${t("privacy")}</p>
<button type="button" id="print-page" hidden>${esc(file.ui.print)}</button>
<nav aria-label="${esc(file.ui.languages)}"><h2 class="nav-title">${esc(file.ui.languages)}</h2><ul class="languages">${languages}</ul></nav>
</footer>
</body>
</html>
`;
}
