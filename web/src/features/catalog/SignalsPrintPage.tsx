/**
 * The whole signal list on paper (`/signals/print`): one table per category with weight and
 * acute as text, a key, and an "Afdrukken" button. catalog.css holds the print stylesheet.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Button, Heading1, Heading2, Paragraph, Table } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import "./catalog.css";
import { CatalogGate } from "./CatalogGate";
import { groupByCategory } from "./filter";
import { AcuteLabel, CategoryLabel, TierLabel } from "./labels";
import {
  activeIndicators,
  lookupCatalog,
  useContentLanguage,
  type CatalogView,
} from "./use-catalog";

function PrintView({ catalog }: { catalog: CatalogView }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  usePageTitle(t("catalog.print.title"));
  const lookup = lookupCatalog(catalog);
  const typeNames = (ids: readonly string[]) =>
    ids.map((id) => lookup.exploitationType(id)?.label[lang] ?? id).join(", ");
  return (
    <div className="iz-cat-print">
      <Paragraph className="iz-no-print">
        <Link to="/signals">{t("catalog.print.back")}</Link>
      </Paragraph>
      <Heading1>{t("catalog.print.title")}</Heading1>
      <Paragraph>{t("catalog.print.intro")}</Paragraph>
      <Paragraph className="iz-muted">
        {t("catalog.version", { version: catalog.version })}
      </Paragraph>
      <Paragraph>
        <strong>{t("catalog.print.legendTitle")}:</strong> {t("catalog.print.legend")}
      </Paragraph>
      <div className="iz-no-print iz-cat-print__actions">
        <Button type="button" appearance="primary-action-button" onClick={() => window.print()}>
          {t("catalog.print.button")}
        </Button>
      </div>
      {groupByCategory(activeIndicators(catalog), catalog.categories).map(
        ({ category, indicators }) => (
          <section
            key={category.id}
            aria-labelledby={`print-${category.id}`}
            className="iz-cat-print__group"
          >
            <Heading2 id={`print-${category.id}`}>
              <CategoryLabel category={category} />
            </Heading2>
            <Table aria-labelledby={`print-${category.id}`}>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("catalog.print.signal")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("catalog.types")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("catalog.tier.label")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("catalog.acute.label")}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {indicators.map((i) => (
                  <tr key={i.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{i.text[lang]}</td>
                    <td className="utrecht-table__cell">{typeNames(i.types)}</td>
                    <td className="utrecht-table__cell">
                      <TierLabel tier={i.tier} />
                    </td>
                    <td className="utrecht-table__cell">
                      {i.acute ? (
                        <AcuteLabel />
                      ) : (
                        <span className="iz-muted">{t("common.no")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        ),
      )}
    </div>
  );
}

/** The printable signal list page (`/signals/print`). */
export function SignalsPrintPage() {
  const { t } = useTranslation();
  return (
    <CatalogGate title={t("catalog.print.title")}>
      {(catalog) => <PrintView catalog={catalog} />}
    </CatalogGate>
  );
}
