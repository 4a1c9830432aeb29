/**
 * Parses the knowledge pages' "markdown-light" body into blocks: paragraphs are separated by
 * blank lines, lines starting with "- " are list items. Pure; the result is rendered as React
 * elements (never as HTML), so the text can never inject markup.
 */

/** A paragraph or a bullet list. */
export type BodyBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

/** Splits a body into paragraphs and lists, in order. */
export function parseBody(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const chunk of body.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
      if (items.length > 0) blocks.push({ kind: "list", items });
      paragraph = [];
      items = [];
    };
    for (const raw of chunk.split("\n")) {
      const line = raw.trim();
      if (line === "") continue;
      if (line.startsWith("- ")) {
        if (paragraph.length > 0) flush();
        items.push(line.slice(2).trim());
      } else {
        if (items.length > 0) flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}
