/**
 * Sociale kaart (`/contacts`): advice lines and key persons, urgent ones first, with
 * click-to-call links, chat and website links, hours and the date each was last checked.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Contact } from "../../../../src/domain/catalog/schema";
import { Heading1, Heading2, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import "./catalog.css";
import { CatalogGate } from "./CatalogGate";
import { ContactCard } from "./ContactCard";
import type { CatalogView } from "./use-catalog";

function ContactGroup({
  id,
  title,
  contacts,
  now,
}: {
  id: string;
  title: string;
  contacts: Contact[];
  now: Date;
}) {
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      <ul className="iz-cat-cards">
        {contacts.map((c) => (
          <ContactCard key={c.id} contact={c} now={now} />
        ))}
      </ul>
    </section>
  );
}

function Contacts({ catalog }: { catalog: CatalogView }) {
  const { t } = useTranslation();
  usePageTitle(t("catalog.contacts.title"));
  const [now] = useState(() => new Date());
  const sorted = [...catalog.contacts].sort((a, b) => a.order - b.order);
  return (
    <>
      <Heading1>{t("catalog.contacts.title")}</Heading1>
      <Paragraph>{t("catalog.contacts.intro")}</Paragraph>
      <ContactGroup
        id="contacts-urgent"
        title={t("catalog.contacts.urgentTitle")}
        contacts={sorted.filter((c) => c.urgent)}
        now={now}
      />
      <ContactGroup
        id="contacts-other"
        title={t("catalog.contacts.otherTitle")}
        contacts={sorted.filter((c) => !c.urgent)}
        now={now}
      />
    </>
  );
}

/** The sociale kaart page. */
export function ContactsPage() {
  const { t } = useTranslation();
  return (
    <CatalogGate title={t("catalog.contacts.title")}>
      {(catalog) => <Contacts catalog={catalog} />}
    </CatalogGate>
  );
}
