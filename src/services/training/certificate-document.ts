/**
 * The certificate of completion as a pdfmake document: real text (extractable, so screen
 * readers and search work), document title, author and language set.
 */
import { longDate } from "../../domain/dates/display.js";
import type { TrainingLang } from "../../shared/training.schema.js";
import type { PdfDocDefinition } from "./training-pdf.js";

export interface CertificateData {
  name: string;
  organisation: string;
  lang: TrainingLang;
  /** ISO date or timestamp; printed as the screens print it ("6 december 2026"). */
  issuedOn: string;
  modules: ReadonlyArray<{ order: number; title: string; completedOn: string; bestScore: number }>;
}

const TEXT = {
  nl: {
    title: "Certificaat",
    heading: "Certificaat van deelname",
    intro: "InZicht verklaart dat",
    of: "van",
    body: "de e-learning ‘Signaleren van uitbuiting van alleenstaande minderjarige vluchtelingen’ heeft afgerond. De training volgt het programma van Fier Academy (Kind & Uitbuiting).",
    module: "Module",
    completed: "Afgerond op",
    score: "Beste score",
    issued: "Uitgegeven op",
    note: "Dit certificaat is gemaakt door InZicht op basis van de trainingsgegevens van de deelnemer.",
  },
  en: {
    title: "Certificate",
    heading: "Certificate of completion",
    intro: "InZicht certifies that",
    of: "of",
    body: "has completed the e-learning ‘Recognising exploitation of unaccompanied minor refugees’. The training follows the programme of Fier Academy (Kind & Uitbuiting).",
    module: "Module",
    completed: "Completed on",
    score: "Best score",
    issued: "Issued on",
    note: "This certificate was made by InZicht from the participant's training records.",
  },
} as const;

/** Builds the certificate's document definition. */
export function certificateDocument(data: CertificateData, compress = true): PdfDocDefinition {
  const t = TEXT[data.lang];
  const rows = data.modules.map((m) => [
    `${m.order}. ${m.title}`,
    m.completedOn ? longDate(m.completedOn, data.lang) : "—",
    `${Math.round(m.bestScore * 100)}%`,
  ]);
  return {
    info: {
      title: `${t.title} InZicht — ${data.name}`,
      author: "InZicht",
      subject: t.heading,
      keywords: "InZicht, training, Kind & Uitbuiting",
    },
    language: data.lang === "nl" ? "nl-NL" : "en-GB",
    displayTitle: true,
    tagged: true,
    pageSize: "A4",
    pageMargins: [56, 56, 56, 56],
    compress,
    defaultStyle: { font: "Roboto", fontSize: 11, lineHeight: 1.25 },
    styles: {
      brand: { fontSize: 14, bold: true, color: "#143a52" },
      heading: { fontSize: 24, bold: true, color: "#143a52", margin: [0, 24, 0, 16] },
      name: { fontSize: 20, bold: true, margin: [0, 8, 0, 4] },
      th: { bold: true },
      small: { fontSize: 9, color: "#4f5660" },
    },
    content: [
      { text: "InZicht", style: "brand" },
      { text: t.heading, style: "heading" },
      { text: t.intro },
      { text: data.name, style: "name" },
      { text: `${t.of} ${data.organisation}`, margin: [0, 0, 0, 12] },
      { text: t.body, margin: [0, 0, 0, 16] },
      {
        table: {
          headerRows: 1,
          widths: ["*", "auto", "auto"],
          body: [
            [
              { text: t.module, style: "th" },
              { text: t.completed, style: "th" },
              { text: t.score, style: "th" },
            ],
            ...rows,
          ],
        },
        layout: "lightHorizontalLines",
      },
      { text: `${t.issued} ${longDate(data.issuedOn, data.lang)}`, margin: [0, 24, 0, 8] },
      { text: t.note, style: "small" },
    ],
  };
}
