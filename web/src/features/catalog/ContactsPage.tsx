/**
 * Sociale kaart (`/contacts`): advice lines and key persons, urgent ones first, with
 * click-to-call links, chat and website links, hours, and who last checked each entry and when.
 * Trainers and org admins can mark an entry as checked.
 */
import { useTranslation } from "react-i18next";
import type { Contact } from "../../../../src/domain/catalog/schema";
import type { ContactCheckView } from "../../../../src/shared/contacts.schema";
import { Heading1, Heading2, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { hasRole, useSession } from "../../lib/session";
import "./catalog.css";
import { CatalogGate } from "./CatalogGate";
import { ContactCard } from "./ContactCard";
import type { CatalogView } from "./use-catalog";
import { useContactChecks } from "./use-contact-checks";

function ContactGroup({
  id,
  title,
  contacts,
  checks,
  canMark,
}: {
  id: string;
  title: string;
  contacts: Contact[];
  checks: Map<string, ContactCheckView>;
  canMark: boolean;
}) {
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      <ul className="iz-cat-cards">
        {contacts.map((c) => (
          <ContactCard key={c.id} contact={c} check={checks.get(c.id)} canMark={canMark} />
        ))}
      </ul>
    </section>
  );
}

function Contacts({ catalog }: { catalog: CatalogView }) {
  const { t } = useTranslation();
  usePageTitle(t("catalog.contacts.title"));
  const session = useSession();
  const canMark = hasRole(session.data, "trainer", "org_admin");
  const checksQuery = useContactChecks();
  const checks = new Map((checksQuery.data?.checks ?? []).map((c) => [c.contactId, c]));
  const sorted = [...catalog.contacts].sort((a, b) => a.order - b.order);
  return (
    <>
      <Heading1>{t("catalog.contacts.title")}</Heading1>
      <Paragraph>{t("catalog.contacts.intro")}</Paragraph>
      <Paragraph>{t("catalog.contacts.check.intro")}</Paragraph>
      <ContactGroup
        id="contacts-urgent"
        title={t("catalog.contacts.urgentTitle")}
        contacts={sorted.filter((c) => c.urgent)}
        checks={checks}
        canMark={canMark}
      />
      <ContactGroup
        id="contacts-other"
        title={t("catalog.contacts.otherTitle")}
        contacts={sorted.filter((c) => !c.urgent)}
        checks={checks}
        canMark={canMark}
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
