/**
 * /admin/mail for the system admin: mails not sent yet or given up on — kind, recipient,
 * attempts and the mail server's error. Never a mail's content.
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Alert, Heading1, Paragraph, StatusBadge, Table } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { MAIL_TEMPLATES } from "../../../../src/shared/mail-templates";
import { ApiError, get } from "../../lib/api";
import "./onboarding-i18n";
import type { UnsentMail } from "./types";

const TEMPLATES: readonly string[] = MAIL_TEMPLATES;

export function UnsentMailsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("onboarding.mail.title"));
  const mails = useQuery({
    queryKey: ["admin", "mail-outbox"],
    queryFn: () => get<{ items: UnsentMail[]; smtpConfigured: boolean }>("/api/admin/mail-outbox"),
    retry: false,
  });
  const forbidden = mails.error instanceof ApiError && mails.error.status === 403;
  const items = mails.data?.items ?? [];
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL", {
      dateStyle: "medium",
      timeStyle: "short",
    });

  return (
    <>
      <Heading1>{t("onboarding.mail.title")}</Heading1>
      <Paragraph>{t("onboarding.mail.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {mails.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
      </div>
      {mails.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(forbidden ? "onboarding.mail.forbidden" : "common.loadError")}</Paragraph>
        </Alert>
      )}
      {mails.data && !mails.data.smtpConfigured && (
        <Alert type="warning">
          <Paragraph>{t("onboarding.mail.noSmtp")}</Paragraph>
        </Alert>
      )}
      {mails.isSuccess && items.length === 0 && <Paragraph>{t("onboarding.mail.empty")}</Paragraph>}
      {mails.isSuccess && items.length > 0 && (
        <Table>
          <caption>{t("onboarding.mail.caption", { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("onboarding.mail.columns.template")}</th>
              <th scope="col">{t("onboarding.mail.columns.recipient")}</th>
              <th scope="col">{t("onboarding.mail.columns.status")}</th>
              <th scope="col">{t("onboarding.mail.columns.attempts")}</th>
              <th scope="col">{t("onboarding.mail.columns.error")}</th>
              <th scope="col">{t("onboarding.mail.columns.createdAt")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <td>
                  {TEMPLATES.includes(m.template)
                    ? t(`onboarding.mail.templates.${m.template}`)
                    : m.template}
                </td>
                <td>{m.recipient}</td>
                <td>
                  <StatusBadge>{t(`onboarding.mail.status.${m.status}`)}</StatusBadge>
                </td>
                <td>{m.attempts}</td>
                <td>{m.lastError ?? t("onboarding.mail.noError")}</td>
                <td>{when(m.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
