/**
 * What to do when a signal may mean danger now: call 112, or Veilig Thuis (0800-2000, 24/7),
 * as click-to-call links. Numbers come from the sociale kaart, with the known numbers as a
 * fallback so this box can never be empty.
 */
import { useTranslation } from "react-i18next";
import { Alert, Heading2, Paragraph } from "../../components/nlds";
import { callText } from "./call-text";
import { lookupCatalog, useContentLanguage, type CatalogView } from "./use-catalog";

const EMERGENCY = [
  { id: "emergency-112", name: "112", phone: "112", href: "112", hoursKey: "hours112" },
  {
    id: "veilig-thuis",
    name: "Veilig Thuis",
    phone: "0800-2000",
    href: "08002000",
    hoursKey: "hoursVeiligThuis",
  },
] as const;

/** The acute-danger box with 112 and Veilig Thuis. */
export function AcuteGuidance({ catalog }: { catalog: CatalogView }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const lookup = lookupCatalog(catalog);
  return (
    <Alert type="warning" className="iz-cat-acute-box">
      <section aria-labelledby="acute-guidance">
        <Heading2 id="acute-guidance">
          <span aria-hidden="true">⚠</span> {t("catalog.acuteGuidance.title")}
        </Heading2>
        <Paragraph>{t("catalog.acuteGuidance.body")}</Paragraph>
        <ul className="iz-cat-call-list">
          {EMERGENCY.map((line) => {
            const contact = lookup.contact(line.id);
            const phone = contact?.phone ?? line.phone;
            const href = contact?.phoneHref ?? line.href;
            const name =
              line.id === "veilig-thuis" ? (contact?.name[lang] ?? line.name) : line.name;
            const label = callText(t, name, phone);
            return (
              <li key={line.id}>
                <a className="iz-cat-call" href={`tel:${href}`}>
                  {label}
                </a>{" "}
                <span>{t(`catalog.acuteGuidance.${line.hoursKey}`)}</span>
              </li>
            );
          })}
        </ul>
      </section>
    </Alert>
  );
}
