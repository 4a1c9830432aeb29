/** A knowledge page's body as React elements (paragraphs and lists; never raw HTML). */
import { Paragraph, UnorderedList } from "../../components/nlds";
import { parseBody } from "./knowledge-body";

/** Renders a markdown-light body. */
export function KnowledgeBody({ body }: { body: string }) {
  return (
    <>
      {parseBody(body).map((block, n) =>
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
