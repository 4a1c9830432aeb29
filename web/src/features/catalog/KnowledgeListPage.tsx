/** The knowledge base (`/knowledge`): every page with its summary. */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading1, Heading2, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import "./catalog.css";
import { CatalogGate } from "./CatalogGate";
import { useContentLanguage, type CatalogView } from "./use-catalog";

function KnowledgeList({ catalog }: { catalog: CatalogView }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  usePageTitle(t("catalog.knowledge.title"));
  const pages = [...catalog.knowledge].sort((a, b) => a.order - b.order);
  return (
    <>
      <Heading1>{t("catalog.knowledge.title")}</Heading1>
      <Paragraph>{t("catalog.knowledge.intro")}</Paragraph>
      <ul className="iz-cat-cards">
        {pages.map((page) => (
          <li key={page.id} className="iz-card">
            <Heading2 className="iz-cat-card__title">
              <Link to={`/knowledge/${page.id}`}>{page.title[lang]}</Link>
            </Heading2>
            <Paragraph>{page.summary[lang]}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The knowledge base index page. */
export function KnowledgeListPage() {
  const { t } = useTranslation();
  return (
    <CatalogGate title={t("catalog.knowledge.title")}>
      {(catalog) => <KnowledgeList catalog={catalog} />}
    </CatalogGate>
  );
}
