/**
 * Links from the training to the live catalogue: signals (`/signals/<id>`) and knowledge pages
 * (`/knowledge/<id>`), with their titles from GET /api/catalog.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading2, Heading4, UnorderedList } from "../../components/nlds";
import { lookupCatalog, useCatalog } from "../catalog/use-catalog";
import { useTrainingLang } from "./training-api";

export interface CatalogRef {
  kind: "knowledge" | "indicator";
  id: string;
}

function useLinkTexts(refs: readonly CatalogRef[]) {
  const catalog = useCatalog();
  const lang = useTrainingLang();
  if (!catalog.data) return [];
  const lookup = lookupCatalog(catalog.data);
  return refs.flatMap((ref) => {
    if (ref.kind === "indicator") {
      const ind = lookup.indicator(ref.id);
      return ind ? [{ ...ref, to: `/signals/${ref.id}`, text: ind.text[lang] }] : [];
    }
    const page = lookup.knowledge(ref.id);
    return page ? [{ ...ref, to: `/knowledge/${ref.id}`, text: page.title[lang] }] : [];
  });
}

/** The links of one training page ("Lees meer"). */
export function PageLinks({ links }: { links: readonly CatalogRef[] }) {
  const { t } = useTranslation();
  const items = useLinkTexts(links);
  if (items.length === 0) return null;
  return (
    <div className="iz-training-links">
      <Heading4>{t("training.module.readMore")}</Heading4>
      <UnorderedList>
        {items.map((l) => (
          <li key={`${l.kind}:${l.id}`}>
            <Link to={l.to}>{l.text}</Link>
            <span className="iz-muted"> ({t(`training.module.linkKind.${l.kind}`)})</span>
          </li>
        ))}
      </UnorderedList>
    </div>
  );
}

/** Every signal the catalogue assigns to this module, and the knowledge pages it links to. */
export function ModuleLinks({
  moduleId,
  knowledge,
}: {
  moduleId: string;
  knowledge: readonly string[];
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const signals = (catalog.data?.indicators ?? [])
    .filter((i) => i.trainingModule === moduleId)
    .map((i): CatalogRef => ({ kind: "indicator", id: i.id }));
  const signalLinks = useLinkTexts(signals);
  const knowledgeLinks = useLinkTexts(knowledge.map((id) => ({ kind: "knowledge", id })));
  return (
    <section aria-labelledby="training-links" className="iz-training-section">
      <Heading2 id="training-links">{t("training.module.linksTitle")}</Heading2>
      {catalog.isPending && <p role="status">{t("common.loading")}</p>}
      {catalog.isError && <p>{t("common.loadError")}</p>}
      {!catalog.data ? null : signalLinks.length > 0 ? (
        <>
          <p>{t("training.module.signalsIntro", { count: signalLinks.length })}</p>
          <UnorderedList>
            {signalLinks.map((l) => (
              <li key={l.id}>
                <Link to={l.to}>{l.text}</Link>
              </li>
            ))}
          </UnorderedList>
        </>
      ) : (
        <p>{t("training.module.noSignals")}</p>
      )}
      {knowledgeLinks.length > 0 && (
        <>
          <p>{t("training.module.knowledgeIntro")}</p>
          <UnorderedList>
            {knowledgeLinks.map((l) => (
              <li key={l.id}>
                <Link to={l.to}>{l.text}</Link>
              </li>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}
