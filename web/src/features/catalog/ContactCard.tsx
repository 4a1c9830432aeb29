/**
 * One advice line or key contact: what it is for, click-to-call, chat, website, hours, and who
 * last checked the entry (a date only ever with the checker's name).
 */
import { useTranslation } from "react-i18next";
import type { Contact } from "../../../../src/domain/catalog/schema";
import type { ContactCheckView } from "../../../../src/shared/contacts.schema";
import { Button, Heading3, Paragraph } from "../../components/nlds";
import { callText, chatText } from "./call-text";
import { checkNote, checkNoteText } from "./contact-check";
import { useContentLanguage } from "./use-catalog";
import { useMarkContactChecked } from "./use-contact-checks";

/** "Mark as checked" for trainers and org admins, with what others will see. */
function MarkChecked({ contactId, name }: { contactId: string; name: string }) {
  const { t } = useTranslation();
  const mark = useMarkContactChecked();
  const hintId = `check-hint-${contactId}`;
  return (
    <div className="iz-cat-check-action">
      <Paragraph id={hintId} className="iz-muted">
        {t("catalog.contacts.check.markHint")}
      </Paragraph>
      <Button
        type="button"
        appearance="secondary-action-button"
        aria-describedby={hintId}
        disabled={mark.isPending}
        onClick={() => mark.mutate(contactId)}
      >
        {t("catalog.contacts.check.mark", { name })}
      </Button>
      <p role="status" className="iz-muted">
        {mark.isSuccess ? t("catalog.contacts.check.marked") : ""}
        {mark.isError ? t("catalog.contacts.check.markFailed") : ""}
      </p>
    </div>
  );
}

/** The card of a contact on the sociale kaart. */
export function ContactCard({
  contact,
  check,
  canMark,
}: {
  contact: Contact;
  check: ContactCheckView | undefined;
  canMark: boolean;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const name = contact.name[lang];
  const note = checkNote(check);
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
        {checkNoteText(note, (key, values) => t(key, values), lang)}
      </Paragraph>
      {canMark && <MarkChecked contactId={contact.id} name={name} />}
    </li>
  );
}
