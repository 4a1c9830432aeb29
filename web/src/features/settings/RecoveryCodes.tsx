/** The recovery codes, shown once right after they are made. */
import { useTranslation } from "react-i18next";
import { Alert, Button, Heading2, Paragraph } from "../../components/nlds";

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="recovery-title" className="iz-card">
      <Heading2 id="recovery-title" tabIndex={-1}>
        {t("settings.security.codes.title")}
      </Heading2>
      <Alert type="warning">
        <Paragraph>{t("settings.security.codes.once")}</Paragraph>
      </Alert>
      <ol className="iz-recovery-codes" aria-label={t("settings.security.codes.listLabel")}>
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <Button type="button" appearance="primary-action-button" onClick={onDone}>
        {t("settings.security.codes.done")}
      </Button>
    </section>
  );
}
