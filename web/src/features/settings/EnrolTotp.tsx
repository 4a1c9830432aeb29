/**
 * Turning on two-step login (or moving it to a new phone): the password (and, when it is on, a
 * current code), then a QR code drawn here, then a code from the app. Answers the recovery codes.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from "../../components/nlds";
import { OneTimeCodeField } from "../../components/form/OneTimeCodeField";
import { ApiError } from "../../lib/api";
import { QrCode } from "./QrCode";
import { useConfirmTotp, useSetupTotp } from "./queries";

function errorKey(error: unknown): string {
  if (error instanceof ApiError) {
    const path = error.problem?.errors?.[0]?.path;
    if (path === "password") return "settings.security.errors.password";
    if (path === "totp") return "settings.security.errors.code";
    if (error.status === 409) return "settings.security.errors.expired";
    if (error.status === 429) return "settings.security.errors.tooMany";
    if (error.status === 400) return "settings.security.errors.incomplete";
  }
  return "settings.security.errors.unknown";
}

export function EnrolTotp({
  enrolled,
  onCodes,
}: {
  enrolled: boolean;
  onCodes: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const setup = useSetupTotp();
  const confirm = useConfirmTotp();
  const [password, setPassword] = useState("");
  const [current, setCurrent] = useState("");
  const [code, setCode] = useState("");
  const started = setup.data;

  const start = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate({ password, ...(enrolled ? { totp: current.trim() } : {}) });
  };
  const finish = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate(code.trim(), {
      onSuccess: (r) => {
        setup.reset();
        setPassword("");
        setCurrent("");
        setCode("");
        onCodes(r.recoveryCodes);
      },
    });
  };

  return (
    <section aria-labelledby="enrol-title" className="iz-card">
      <Heading2 id="enrol-title">
        {t(enrolled ? "settings.security.enrol.replaceTitle" : "settings.security.enrol.title")}
      </Heading2>
      {!started && (
        <form onSubmit={start} noValidate>
          <Paragraph>{t("settings.security.enrol.step1")}</Paragraph>
          {setup.isError && (
            <Alert type="error" role="alert">
              <Paragraph>{t(errorKey(setup.error))}</Paragraph>
            </Alert>
          )}
          <FormField>
            <FormLabel htmlFor="enrol-password">{t("settings.security.password")}</FormLabel>
            <Textbox
              id="enrol-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </FormField>
          {enrolled && (
            <OneTimeCodeField
              id="enrol-current"
              label={t("settings.security.currentCode")}
              value={current}
              onChange={setCurrent}
            />
          )}
          <Button type="submit" appearance="primary-action-button" disabled={setup.isPending}>
            {t("settings.security.enrol.start")}
          </Button>
        </form>
      )}
      {started && (
        <form onSubmit={finish} noValidate>
          <Paragraph>{t("settings.security.enrol.step2")}</Paragraph>
          <QrCode value={started.otpauthUrl} label={t("settings.security.enrol.qrLabel")} />
          <Paragraph>
            {t("settings.security.enrol.manual")}{" "}
            <code className="iz-secret">{started.secret}</code>
          </Paragraph>
          {confirm.isError && (
            <Alert type="error" role="alert">
              <Paragraph>{t(errorKey(confirm.error))}</Paragraph>
            </Alert>
          )}
          <OneTimeCodeField
            id="enrol-code"
            label={t("settings.security.enrol.code")}
            description={t("settings.security.enrol.codeHelp")}
            value={code}
            onChange={setCode}
          />
          <Button type="submit" appearance="primary-action-button" disabled={confirm.isPending}>
            {t("settings.security.enrol.confirm")}
          </Button>
        </form>
      )}
    </section>
  );
}

export { errorKey as securityErrorKey };
