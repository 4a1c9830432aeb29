/**
 * "Kwetsbaarheden" — recorded factors with date, note and who; the derived ones apart
 * ("Afgeleid (berekend door InZicht)"); a form to record or update factors; the history.
 */
import { useTranslation } from "react-i18next";
import { Heading2, Heading3, Paragraph } from "../../../components/nlds";
import { useCatalog, useContentLanguage } from "../../catalog/use-catalog";
import { useDossier } from "../../youths/dossier/dossier-context";
import { useVulnerabilities } from "../queries";
import "../signals.css";
import "../signals-i18n";
import { VulnerabilityForm } from "./VulnerabilityForm";
import { FactorName, VulnerabilityTable } from "./VulnerabilityTables";
import { QueryState } from "../../../components/QueryState";

/** The vulnerabilities tab of the dossier. */
export function VulnerabilitiesTab() {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const dossier = useDossier();
  const catalog = useCatalog();
  const query = useVulnerabilities(dossier.id);
  const all = [...(catalog.data?.vulnerabilities ?? [])].sort((a, b) => a.order - b.order);
  const factors = new Map(all.map((f) => [f.id, f]));
  const data = query.data;
  const manual = all.filter(
    (f) => !f.derivable && (!f.specialCategory || !data?.specialCategoryHidden),
  );
  return (
    <section aria-labelledby="tab-vulnerabilities" className="iz-sig-vul">
      <Heading2 id="tab-vulnerabilities">{t("signals.vulnerabilities.title")}</Heading2>
      <Paragraph>{t("signals.vulnerabilities.intro")}</Paragraph>
      <QueryState pending={query.isPending} error={query.isError} />
      {data ? (
        <>
          <section aria-labelledby="vul-recorded">
            <Heading3 id="vul-recorded">{t("signals.vulnerabilities.recordedTitle")}</Heading3>
            {data.recorded.length > 0 ? (
              <VulnerabilityTable
                entries={data.recorded}
                factors={factors}
                caption={t("signals.vulnerabilities.recordedCaption")}
              />
            ) : (
              <Paragraph>{t("signals.vulnerabilities.noneRecorded")}</Paragraph>
            )}
            {data.specialCategoryHidden ? (
              <Paragraph className="iz-muted">{t("signals.vulnerabilities.hidden")}</Paragraph>
            ) : null}
          </section>
          <section aria-labelledby="vul-derived" className="iz-card iz-sig-derived">
            <Heading3 id="vul-derived">{t("signals.vulnerabilities.derivedTitle")}</Heading3>
            <Paragraph>{t("signals.vulnerabilities.derivedIntro")}</Paragraph>
            {data.derived.length > 0 ? (
              <ul className="utrecht-unordered-list">
                {data.derived.map((d) => {
                  const f = factors.get(d.factorId);
                  return (
                    <li key={d.factorId}>
                      <strong>
                        <FactorName factor={f} id={d.factorId} special={false} />
                      </strong>
                      {f ? ` — ${f.explanation[lang]}` : ""}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <Paragraph>{t("signals.vulnerabilities.noneDerived")}</Paragraph>
            )}
          </section>
          {dossier.abilities["vulnerability.update"] ? (
            <section aria-labelledby="vul-form">
              <Heading3 id="vul-form">{t("signals.vulnerabilities.formTitle")}</Heading3>
              <VulnerabilityForm youthId={dossier.id} factors={manual} />
            </section>
          ) : null}
          <section aria-labelledby="vul-history">
            <Heading3 id="vul-history">{t("signals.vulnerabilities.historyTitle")}</Heading3>
            {data.history.length > 0 ? (
              <VulnerabilityTable
                entries={data.history}
                factors={factors}
                caption={t("signals.vulnerabilities.historyCaption")}
                history
              />
            ) : (
              <Paragraph>{t("signals.vulnerabilities.noHistory")}</Paragraph>
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}
