/**
 * /password-forgotten (public): ask for a reset link. The answer is the same whether or not the
 * address has an account, and the page says so.
 */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Alert, Button, Heading1, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError, post } from "../../lib/api";
import { currentLanguage } from "../../lib/i18n";
import { TextField } from "../youths/form/Field";
import "./onboarding-i18n";

const FIELD = "forgotten-email";

export function PasswordForgottenPage() {
  const { t } = useTranslation();
  usePageTitle(t("onboarding.forgotten.title"));
  const [email, setEmail] = useState("");
  const [attempt, setAttempt] = useState(0);
  const [invalid, setInvalid] = useState(false);
  const request = useMutation({
    mutationFn: () =>
      post("/api/auth/password-reset", { email: email.trim(), language: currentLanguage() }),
  });
  const tooMany = request.error instanceof ApiError && request.error.status === 429;
  const badEmail = invalid || (request.error instanceof ApiError && request.error.status === 400);
  const summary = badEmail
    ? [{ id: FIELD, message: t("onboarding.forgotten.invalidEmail") }]
    : request.isError
      ? [
          {
            id: null,
            message: t(tooMany ? "onboarding.forgotten.tooMany" : "onboarding.forgotten.general"),
          },
        ]
      : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const ok = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
    setInvalid(!ok);
    if (ok) request.mutate();
  };

  return (
    <div className="iz-login">
      <Heading1>{t("onboarding.forgotten.title")}</Heading1>
      <Paragraph>{t("onboarding.forgotten.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {request.isSuccess && (
          <Alert type="ok">
            <Paragraph>{t("onboarding.forgotten.done")}</Paragraph>
          </Alert>
        )}
      </div>
      <form onSubmit={submit} noValidate className="iz-card">
        <ErrorSummary items={summary} attempt={attempt} />
        <TextField
          id={FIELD}
          type="email"
          name="email"
          autoComplete="username"
          label={t("onboarding.forgotten.email")}
          error={badEmail ? t("onboarding.forgotten.invalidEmail") : undefined}
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Button type="submit" appearance="primary-action-button" disabled={request.isPending}>
          {request.isPending ? t("onboarding.forgotten.busy") : t("onboarding.forgotten.submit")}
        </Button>
      </form>
    </div>
  );
}
