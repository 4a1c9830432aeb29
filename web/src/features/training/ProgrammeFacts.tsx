/**
 * The seed's project facts on the training dashboard: the Kind & Uitbuiting project, its training
 * offer and the 2025 interim figures (163 COA + 197 Nidos = 360), read from the catalogue content
 * (content/catalog/programme.json) with their sources — not from the demo data.
 */
import { useTranslation } from "react-i18next";
import { Heading2, Paragraph, Table, UnorderedList } from "../../components/nlds";
import { formatCheckedDate } from "../catalog/contact-check";
import { lookupCatalog, useCatalog, useContentLanguage } from "../catalog/use-catalog";

/** The project, its training offer and the interim training figures. */
export function ProgrammeFacts() {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const catalog = useCatalog();
  if (!catalog.data) return null;
  const p = catalog.data.programme;
  const lookup = lookupCatalog(catalog.data);
  const sources = p.sources.flatMap((id) => {
    const s = lookup.source(id);
    return s ? [s] : [];
  });
  return (
    <section aria-labelledby="programme-facts">
      <Heading2 id="programme-facts">{t("training.dashboard.programme.title")}</Heading2>
      <Paragraph>
        {t("training.dashboard.programme.about", {
          name: p.name[lang],
          partners: p.partners,
          actionLine: p.actionLine[lang],
          until: formatCheckedDate(p.runsUntil, lang),
        })}
      </Paragraph>
      <UnorderedList>
        {p.aims.map((a) => (
          <li key={a.nl}>{a[lang]}</li>
        ))}
      </UnorderedList>
      <Table>
        <caption className="utrecht-table__caption">
          {t("training.dashboard.programme.figuresCaption", {
            label: p.figures.label[lang],
            year: p.figures.year,
          })}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t("training.dashboard.organisation")}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t("training.dashboard.programme.professionals")}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {p.figures.byOrganisation.map((o) => (
            <tr key={o.organisation} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {o.organisation}
              </th>
              <td className="utrecht-table__cell">{o.professionals}</td>
            </tr>
          ))}
          <tr className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {t("training.dashboard.total")}
            </th>
            <td className="utrecht-table__cell">{p.figures.total}</td>
          </tr>
        </tbody>
      </Table>
      <Paragraph>{t("training.dashboard.programme.offerIntro")}</Paragraph>
      <UnorderedList>
        {p.trainingOffer.map((o) => (
          <li key={o.name.nl}>{o.url ? <a href={o.url}>{o.name[lang]}</a> : o.name[lang]}</li>
        ))}
      </UnorderedList>
      <Paragraph>
        {t("training.dashboard.programme.contact", {
          training: p.contact.training,
          research: p.contact.research,
        })}
      </Paragraph>
      <Paragraph className="iz-muted">
        {t("training.dashboard.programme.sources")}{" "}
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? "; " : ""}
            {s.url ? <a href={s.url}>{s.name}</a> : s.name}
          </span>
        ))}
      </Paragraph>
    </section>
  );
}
