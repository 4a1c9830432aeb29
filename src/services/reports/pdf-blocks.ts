/**
 * Small pdfmake building blocks shared by the report PDFs and the missing-person summary: real
 * text (extractable, so screen readers and search work), Roboto, A4, Dutch metadata.
 */
import { longDate, longDateTime } from "../../domain/dates/display.js";
import type { PdfDocDefinition } from "../training/training-pdf.js";

/** pdfmake options we add to the shared definition type. */
export type ReportDocDefinition = PdfDocDefinition & { version?: string };

export type Row = [string, string | null | undefined];

export const heading = (text: string) => ({ text, style: "h2" });
export const para = (text: string) => ({ text, margin: [0, 0, 0, 6] });
export const note = (text: string) => ({ text, style: "note" });

/** A two-column table of label → value; empty values show "—". */
export function fields(rows: Row[]) {
  return {
    table: {
      widths: [150, "*"],
      body: rows.map(([label, value]) => [
        { text: label, bold: true },
        { text: value && value.trim() !== "" ? value : "—" },
      ]),
    },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 10],
  };
}

/** A table with a header row. */
export function grid(header: string[], rows: string[][]) {
  return {
    table: {
      headerRows: 1,
      widths: header.map((_h, i) => (i === header.length - 2 ? "*" : "auto")),
      body: [header.map((h) => ({ text: h, bold: true })), ...rows],
    },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 10],
  };
}

export const yesNoNl = (v: unknown) => (v === true ? "ja" : v === false ? "nee" : "—");

/**
 * "2026-11-29T19:42:00.000Z" → "29 november 2026, 20:42 (Nederlandse tijd, CET)": the screens'
 * long date, and Dutch local time with the zone named (police and CoMensha read local time).
 */
export const dateTimeNl = (iso: string | null | undefined): string => longDateTime(iso, "nl");

/** "2026-11-29" → "29 november 2026"; a timestamp gives its date in Amsterdam. */
export const dateNl = (iso: string | null | undefined): string => longDate(iso, "nl");

/** The document frame: metadata, language, styles. */
export function documentOf(
  title: string,
  subject: string,
  content: unknown[],
  compress: boolean,
): ReportDocDefinition {
  return {
    info: { title, author: "InZicht", subject, keywords: "InZicht, melding, mensenhandel" },
    language: "nl-NL",
    displayTitle: true,
    tagged: true,
    version: "1.7",
    pageSize: "A4",
    pageMargins: [50, 50, 50, 50],
    compress,
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      note: { fontSize: 9, italics: true, margin: [0, 4, 0, 8] },
      meta: { fontSize: 9, color: "#333333", margin: [0, 0, 0, 8] },
    },
    content: [{ text: title, style: "h1" }, ...content],
  };
}
