/**
 * What a screen shows while its data loads or when loading failed: "Bezig met laden…" as a
 * status, or an error alert. Render it next to the content, which shows once there is data.
 */
import { useTranslation } from "react-i18next";
import { Alert, Paragraph } from "./nlds";

export function QueryState({ pending, error }: { pending: boolean; error: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {pending ? <Paragraph role="status">{t("common.loading")}</Paragraph> : null}
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      ) : null}
    </>
  );
}

/** A polite live region with a success message (empty until there is one). */
export function SavedMessage({ message, className }: { message: string; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {message ? (
        <Alert type="ok">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
