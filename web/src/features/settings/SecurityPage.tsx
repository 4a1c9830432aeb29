/**
 * Security (/settings/security): two-step login with an authenticator app (QR code drawn
 * locally), recovery codes shown once and replaceable (issue 19 "2FA in the app"). A person whose
 * role must use 2FA is sent here until it is on (issue 20).
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textbox,
} from "../../components/nlds";
import { OneTimeCodeField } from "../../components/form/OneTimeCodeField";
import { usePageTitle } from "../../components/PageTitle";
import { EnrolTotp, securityErrorKey } from "./EnrolTotp";
import { RecoveryCodes } from "./RecoveryCodes";
import { useReplaceRecoveryCodes, useSecondFactor } from "./queries";
import "./settings-i18n";

export function SecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t("settings.security.title"));
  const state = useSecondFactor();
  const [codes, setCodes] = useState<string[] | null>(null);
  const codesRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (codes) codesRef.current?.querySelector<HTMLElement>("h2")?.focus();
  }, [codes]);
  const s = state.data;

  return (
    <>
      <Heading1>{t("settings.security.title")}</Heading1>
      <Paragraph>{t("settings.security.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {state.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
      </div>
      {state.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      )}
      {s?.demoExempt && (
        <Alert type="info">
          <Paragraph>{t("settings.security.demoExempt")}</Paragraph>
        </Alert>
      )}
      {s?.pending && (
        <Alert type="warning">
          <Paragraph>{t("settings.security.pending")}</Paragraph>
        </Alert>
      )}
      {s?.enrolled && (
        <Alert type="ok">
          <Paragraph>{t("settings.security.on", { count: s.recoveryCodesLeft })}</Paragraph>
        </Alert>
      )}
      {s && !s.enrolled && !s.pending && (
        <Paragraph>
          {t(s.required ? "settings.security.offRequired" : "settings.security.off")}
        </Paragraph>
      )}
      <div ref={codesRef}>
        {codes && <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />}
      </div>
      {s && !codes && <EnrolTotp enrolled={s.enrolled} onCodes={setCodes} />}
      {s?.enrolled && !codes && <ReplaceCodes onCodes={setCodes} />}
    </>
  );
}

function ReplaceCodes({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const replace = useReplaceRecoveryCodes();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    replace.mutate({ password, totp: code.trim() }, { onSuccess: (r) => onCodes(r.recoveryCodes) });
  };
  return (
    <section aria-labelledby="replace-title" className="iz-card">
      <Heading2 id="replace-title">{t("settings.security.replace.title")}</Heading2>
      <Paragraph>{t("settings.security.replace.intro")}</Paragraph>
      {replace.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(securityErrorKey(replace.error))}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <FormField>
          <FormLabel htmlFor="replace-password">{t("settings.security.password")}</FormLabel>
          <Textbox
            id="replace-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </FormField>
        <OneTimeCodeField
          id="replace-code"
          label={t("settings.security.currentCode")}
          value={code}
          onChange={setCode}
        />
        <Button type="submit" appearance="secondary-action-button" disabled={replace.isPending}>
          {t("settings.security.replace.submit")}
        </Button>
      </form>
    </section>
  );
}
