/**
 * A tiny PDF text extractor for tests: inflates FlateDecode streams, reads the ToUnicode maps of
 * the (pdfmake/pdfkit) fonts and decodes the hex strings of TJ operators. Enough to check that a
 * generated PDF holds real, extractable text — not a general PDF parser.
 */
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString("latin1");
  const found = new Map<string, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2] ?? "";
    const s = body.indexOf("stream");
    if (s < 0) {
      found.set(m[1] ?? "", { dict: body, stream: null });
      continue;
    }
    const start = s + (body[s + 6] === "\r" ? 8 : 7);
    const end = body.lastIndexOf("endstream");
    let raw = Buffer.from(body.slice(start, end), "latin1");
    if (body.slice(0, s).includes("/FlateDecode")) raw = inflateSync(raw);
    found.set(m[1] ?? "", { dict: body.slice(0, s), stream: raw });
  }
  return found;
}

function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) => Number.parseInt(h, 16);
  const chars = (h: string) =>
    String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => Number.parseInt(x, 16)));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of (block[1] ?? "").split("\n")) {
      const arr = line.match(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[(.*)\]/i);
      if (arr) {
        const first = hex(arr[1] ?? "0");
        [...(arr[3] ?? "").matchAll(/<([0-9a-f ]+)>/gi)].forEach((u, i) =>
          map.set(first + i, chars((u[1] ?? "").replace(/ /g, ""))),
        );
        continue;
      }
      const seq = line.match(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>/i);
      if (seq) {
        const [a, b, u] = [hex(seq[1] ?? "0"), hex(seq[2] ?? "0"), hex(seq[3] ?? "0")];
        for (let c = a; c <= b; c++) map.set(c, String.fromCodePoint(u + c - a));
      }
    }
  }
  return map;
}

/** The text of every page (pdfmake writes one BT…ET block per word, with its space). */
export function extractPdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  const fonts = new Map<string, Map<number, string>>();
  for (const [id, obj] of objs) {
    const tu = obj.dict.match(/\/ToUnicode (\d+) 0 R/);
    const cmap = tu ? objs.get(tu[1] ?? "")?.stream : null;
    if (cmap) fonts.set(id, toUnicode(cmap.toString("latin1")));
  }
  const names = new Map<string, Map<number, string>>();
  for (const obj of objs.values()) {
    for (const f of obj.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const map = fonts.get(f[2] ?? "");
      if (map) names.set(f[1] ?? "", map);
    }
  }
  const out: string[] = [];
  for (const obj of objs.values()) {
    const content = obj.stream?.toString("latin1") ?? "";
    if (!content.includes(" TJ")) continue;
    let font: Map<number, string> | undefined;
    for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
      let line = "";
      for (const op of (block[1] ?? "").matchAll(/\/(F\d+) [\d.]+ Tf|\[(.*?)\] TJ/g)) {
        if (op[1]) font = names.get(op[1]);
        for (const h of (op[2] ?? "").matchAll(/<([0-9a-f]+)>/gi)) {
          for (const g of (h[1] ?? "").match(/.{4}/g) ?? []) {
            line += font?.get(Number.parseInt(g, 16)) ?? "";
          }
        }
      }
      out.push(line);
    }
  }
  return out.join("");
}
