/** One knowledge page (`/knowledge/:id`): title, summary, body, related signals and sources. */
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { KnowledgePage } from "../../../../src/domain/catalog/schema";
import { Heading1, Heading2, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import "./catalog.css";
import { CatalogGate, CatalogNotFound } from "./CatalogGate";
import { IndicatorList } from "./IndicatorItem";
import { KnowledgeBody } from "./KnowledgeBody";
import { SourceList } from "./SourceList";
import { lookupCatalog, useContentLanguage, type CatalogView } from "./use-catalog";

function Article({ page, catalog }: { page: KnowledgePage; catalog: CatalogView }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  usePageTitle(page.title[lang]);
  const lookup = lookupCatalog(catalog);
  const related = page.relatedIndicators.flatMap((id) => lookup.indicator(id) ?? []);
  return (
    <article className="iz-cat-article">
      <Paragraph className="iz-no-print">
        <Link to="/knowledge">{t("catalog.knowledge.back")}</Link>
      </Paragraph>
      <Heading1>{page.title[lang]}</Heading1>
      <Paragraph lead>{page.summary[lang]}</Paragraph>
      <KnowledgeBody body={page.body[lang]} />
      {related.length > 0 && (
        <section aria-labelledby="knowledge-related">
          <Heading2 id="knowledge-related">{t("catalog.knowledge.relatedTitle")}</Heading2>
          <IndicatorList indicators={related} catalog={catalog} />
        </section>
      )}
      <section aria-labelledby="knowledge-sources">
        <Heading2 id="knowledge-sources">{t("catalog.knowledge.sourcesTitle")}</Heading2>
        <SourceList ids={page.sources} catalog={catalog} />
      </section>
    </article>
  );
}

function ArticleOrNotFound({ id, catalog }: { id: string; catalog: CatalogView }) {
  const { t } = useTranslation();
  const page = lookupCatalog(catalog).knowledge(id);
  if (page) return <Article page={page} catalog={catalog} />;
  return (
    <CatalogNotFound
      title={t("catalog.knowledge.notFoundTitle")}
      body={t("catalog.knowledge.notFoundBody")}
      back={<Link to="/knowledge">{t("catalog.knowledge.back")}</Link>}
    />
  );
}

/** The knowledge article page. */
export function KnowledgeArticlePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  return (
    <CatalogGate title={t("catalog.knowledge.fallbackTitle")}>
      {(catalog) => <ArticleOrNotFound key={id} id={id} catalog={catalog} />}
    </CatalogGate>
  );
}
