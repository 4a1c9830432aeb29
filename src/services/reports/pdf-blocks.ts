/**
 * Small pdfmake building blocks shared by the report PDFs and the missing-person summary: real
 * text (extractable, so screen readers and search work), Roboto, A4, Dutch metadata.
 */
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

/** "2026-11-29T10:00:00.000Z" → "29-11-2026 10:00 (UTC)". */
export function dateTimeNl(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [d, t] = iso.split("T");
  const [y, m, day] = (d ?? "").split("-");
  return `${day}-${m}-${y}${t ? ` ${t.slice(0, 5)} (UTC)` : ""}`;
}

export const dateNl = (iso: string | null | undefined) =>
  iso ? dateTimeNl(iso.slice(0, 10)) : "—";

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
