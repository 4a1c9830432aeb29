/** The sources of a catalogue item, by name, linked where a URL is known. */
import type { Source } from "../../../../src/domain/catalog/schema";
import { UnorderedList } from "../../components/nlds";
import { lookupCatalog, type CatalogView } from "./use-catalog";

/** Lists the sources with the given ids (unknown ids are skipped). */
export function SourceList({ ids, catalog }: { ids: readonly string[]; catalog: CatalogView }) {
  const lookup = lookupCatalog(catalog);
  const sources = ids.flatMap((id): Source[] => {
    const source = lookup.source(id);
    return source ? [source] : [];
  });
  return (
    <UnorderedList className="iz-cat-sources">
      {sources.map((s) => (
        <li key={s.id}>{s.url ? <a href={s.url}>{s.name}</a> : s.name}</li>
      ))}
    </UnorderedList>
  );
}
