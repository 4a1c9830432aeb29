/**
 * One signal (`/signals/:id`): its text, why it can matter, category, exploitation types,
 * weight with the reason, acute guidance, sources, related signals and its training module.
 */
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Indicator } from "../../../../src/domain/catalog/schema";
import { Heading1, Heading2, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { AcuteGuidance } from "./AcuteGuidance";
import "./catalog.css";
import { CatalogGate, CatalogNotFound } from "./CatalogGate";
import { IndicatorList } from "./IndicatorItem";
import { AcuteLabel, CategoryLabel, TierLabel } from "./labels";
import { SourceList } from "./SourceList";
import { lookupCatalog, useContentLanguage, type CatalogView } from "./use-catalog";

function Details({ indicator, catalog }: { indicator: Indicator; catalog: CatalogView }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const lookup = lookupCatalog(catalog);
  const category = lookup.category(indicator.category);
  const types = indicator.types.map((id) => lookup.exploitationType(id)?.label[lang] ?? id);
  return (
    <section aria-labelledby="signal-details">
      <Heading2 id="signal-details">{t("catalog.indicator.detailsTitle")}</Heading2>
      <dl className="iz-cat-dl">
        <dt>{t("catalog.category")}</dt>
        <dd>{category ? <CategoryLabel category={category} /> : indicator.category}</dd>
        <dt>{t("catalog.types")}</dt>
        <dd>{types.join(", ")}</dd>
        <dt>{t("catalog.tier.label")}</dt>
        <dd>
          <TierLabel tier={indicator.tier} />
        </dd>
        {indicator.tierReason && (
          <>
            <dt>{t("catalog.indicator.tierReason")}</dt>
            {/* Tier reasons are written in English for reviewers. */}
            <dd lang="en">{indicator.tierReason}</dd>
          </>
        )}
        <dt>{t("catalog.acute.label")}</dt>
        <dd>{indicator.acute ? <AcuteLabel /> : t("catalog.acute.no")}</dd>
        {/* No catalogue code here (issue 15: codes are not plain language); it stays in the URL. */}
      </dl>
    </section>
  );
}

function IndicatorView({ indicator, catalog }: { indicator: Indicator; catalog: CatalogView }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  usePageTitle(indicator.text[lang]);
  const lookup = lookupCatalog(catalog);
  const related = indicator.related.flatMap((id) => lookup.indicator(id) ?? []);
  return (
    <article className="iz-cat-article">
      <Paragraph className="iz-no-print">
        <Link to="/signals">{t("catalog.indicator.back")}</Link>
      </Paragraph>
      <Heading1>{indicator.text[lang]}</Heading1>
      {indicator.acute && <AcuteGuidance catalog={catalog} />}
      <section aria-labelledby="signal-why">
        <Heading2 id="signal-why">{t("catalog.indicator.whyTitle")}</Heading2>
        <Paragraph>{indicator.explanation[lang]}</Paragraph>
      </section>
      <Details indicator={indicator} catalog={catalog} />
      {related.length > 0 && (
        <section aria-labelledby="signal-related">
          <Heading2 id="signal-related">{t("catalog.indicator.relatedTitle")}</Heading2>
          <IndicatorList indicators={related} catalog={catalog} />
        </section>
      )}
      <section aria-labelledby="signal-training">
        <Heading2 id="signal-training">{t("catalog.indicator.trainingTitle")}</Heading2>
        <Paragraph>
          <Link to={`/training/${indicator.trainingModule}`}>
            {t("catalog.indicator.trainingLink")}
          </Link>
        </Paragraph>
      </section>
      <section aria-labelledby="signal-sources">
        <Heading2 id="signal-sources">{t("catalog.indicator.sourcesTitle")}</Heading2>
        <SourceList ids={indicator.sources} catalog={catalog} />
      </section>
    </article>
  );
}

function IndicatorOrNotFound({ id, catalog }: { id: string; catalog: CatalogView }) {
  const { t } = useTranslation();
  const indicator = lookupCatalog(catalog).indicator(id);
  if (!indicator) {
    return (
      <CatalogNotFound
        title={t("catalog.indicator.notFoundTitle")}
        body={t("catalog.indicator.notFoundBody")}
        back={<Link to="/signals">{t("catalog.indicator.back")}</Link>}
      />
    );
  }
  return <IndicatorView indicator={indicator} catalog={catalog} />;
}

/** The indicator page (`/signals/:id`). */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  return (
    <CatalogGate title={t("catalog.indicator.fallbackTitle")}>
      {(catalog) => <IndicatorOrNotFound key={id} id={id} catalog={catalog} />}
    </CatalogGate>
  );
}
