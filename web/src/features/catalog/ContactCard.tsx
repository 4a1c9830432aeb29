/** One advice line or key contact: what it is for, click-to-call, chat, website and hours. */
import { useTranslation } from "react-i18next";
import type { Contact } from "../../../../src/domain/catalog/schema";
import { Heading3, Paragraph } from "../../components/nlds";
import { callText, chatText } from "./call-text";
import { useContentLanguage } from "./use-catalog";

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** A checked date as a long local date, e.g. "24 november 2025". */
export function formatCheckedDate(isoDate: string, lang: "nl" | "en"): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** The card of a contact on the sociale kaart. */
export function ContactCard({ contact, now }: { contact: Contact; now: Date }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const name = contact.name[lang];
  const stale = now.getTime() - new Date(`${contact.lastChecked}T12:00:00Z`).getTime() > YEAR_MS;
  return (
    <li className={`iz-card iz-cat-contact${contact.urgent ? " iz-cat-contact--urgent" : ""}`}>
      <Heading3>{name}</Heading3>
      <Paragraph>{contact.purpose[lang]}</Paragraph>
      <dl className="iz-cat-dl iz-cat-dl--stacked">
        {contact.phone && contact.phoneHref && (
          <>
            <dt>{t("catalog.contacts.phone")}</dt>
            <dd>
              <a className="iz-cat-call" href={`tel:${contact.phoneHref}`}>
                {callText(t, name, contact.phone)}
              </a>
            </dd>
          </>
        )}
        {(contact.chatUrl ?? contact.website) && (
          <>
            <dt>{t("catalog.contacts.online")}</dt>
            <dd>
              <ul className="iz-cat-inline-list">
                {contact.chatUrl && (
                  <li>
                    <a href={contact.chatUrl}>{chatText(t, name)}</a>
                  </li>
                )}
                {contact.website && (
                  <li>
                    <a href={contact.website}>{t("catalog.contacts.website", { name })}</a>
                  </li>
                )}
              </ul>
            </dd>
          </>
        )}
        <dt>{t("catalog.contacts.hours")}</dt>
        <dd>{contact.hours[lang]}</dd>
      </dl>
      <Paragraph className="iz-muted iz-cat-checked">
        {t("catalog.contacts.lastChecked", {
          date: formatCheckedDate(contact.lastChecked, lang),
        })}
      </Paragraph>
      {stale && (
        <Paragraph className="iz-muted iz-cat-checked">{t("catalog.contacts.stale")}</Paragraph>
      )}
    </li>
  );
}
