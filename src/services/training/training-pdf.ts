/**
 * pdfmake 0.3 on the server: the Roboto fonts that ship with pdfmake, no URL access and local
 * file access only to those font files. `createPdf(dd).getBuffer()` returns a Promise in 0.3.
 */
import { createRequire } from "node:module";

/** The parts of a pdfmake document definition we use (pdfmake ships no types). */
export interface PdfDocDefinition {
  content: unknown[];
  info: { title: string; author: string; subject?: string; keywords?: string };
  /** BCP 47 tag written as the PDF's /Lang. */
  language: string;
  /** Viewers show the title instead of the file name (PDF/UA). */
  displayTitle?: boolean;
  /** Marks the PDF as tagged (/MarkInfo, structure root) for assistive technology. */
  tagged?: boolean;
  pageSize?: string;
  pageMargins?: number | [number, number, number, number];
  styles?: Record<string, Record<string, unknown>>;
  defaultStyle?: Record<string, unknown>;
  /** false keeps content streams readable (tests extract the text). */
  compress?: boolean;
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(dd: PdfDocDefinition): { getBuffer(): Promise<Buffer> };
}

interface FontFiles {
  Roboto: Record<"normal" | "bold" | "italics" | "bolditalics", string>;
}

const require = createRequire(import.meta.url);
let pdfmake: PdfMake | undefined;
let fonts: FontFiles | undefined;

function load(): { pdf: PdfMake; files: FontFiles } {
  pdfmake ??= require("pdfmake") as PdfMake;
  fonts ??= require("pdfmake/fonts/Roboto.js") as FontFiles;
  return { pdf: pdfmake, files: fonts };
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(dd: PdfDocDefinition): Promise<Buffer> {
  const { pdf, files } = load();
  const allowed = new Set(Object.values(files.Roboto));
  // pdfmake is a shared singleton: set fonts and policies right before each render.
  pdf.setFonts({ Roboto: { ...files.Roboto } });
  pdf.setUrlAccessPolicy(() => false);
  pdf.setLocalAccessPolicy((path) => allowed.has(path));
  return pdf.createPdf(dd).getBuffer();
}
