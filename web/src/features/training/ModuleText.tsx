/** Module text (markdown-light: paragraphs and "- " lists) as React elements, never raw HTML. */
import { Paragraph, UnorderedList } from "../../components/nlds";
import { parseBody } from "../catalog/knowledge-body";

/** Renders a page body or a case prompt. */
export function ModuleText({ text }: { text: string }) {
  return (
    <>
      {parseBody(text).map((block, n) =>
        block.kind === "paragraph" ? (
          <Paragraph key={n}>{block.text}</Paragraph>
        ) : (
          <UnorderedList key={n}>
            {block.items.map((item, m) => (
              <li key={m}>{item}</li>
            ))}
          </UnorderedList>
        ),
      )}
    </>
  );
}
