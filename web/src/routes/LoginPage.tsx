/**
 * Login with clear Dutch errors: wrong credentials, too many attempts, a locked account, 2FA.
 */
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Paragraph,
  Textbox,
} from "../components/nlds";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { usePageTitle } from "../components/PageTitle";
import { ApiError } from "../lib/api";
import { useLogin, useSession } from "../lib/session";

function errorKey(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return "login.errors.invalid";
    if (error.status === 429) return "login.errors.tooMany";
    if (error.status === 400) return "login.errors.incomplete";
  }
  return "login.errors.unknown";
}

/** Only same-site paths are followed after login. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t("login.title"));
  const { data: session } = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  const [needsTotp, setNeedsTotp] = useState(false);
  const next = safeNext(params.get("next"));

  if (session) return <Navigate to={next} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate(
      { email, password, ...(needsTotp ? { totp } : {}) },
      {
        onSuccess: (result) => {
          if ("twoFactorRequired" in result) setNeedsTotp(true);
          else void navigate(next, { replace: true });
        },
      },
    );
  };

  return (
    <div className="iz-login">
      <Heading1>{t("login.title")}</Heading1>
      <Paragraph>{t("login.intro")}</Paragraph>
      {login.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(errorKey(login.error))}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="iz-card">
        <FormField>
          <FormLabel htmlFor="login-email">{t("login.email")}</FormLabel>
          <Textbox
            id="login-email"
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </FormField>
        <FormField>
          <FormLabel htmlFor="login-password">{t("login.password")}</FormLabel>
          <Textbox
            id="login-password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </FormField>
        {needsTotp && (
          <FormField>
            <FormLabel htmlFor="login-totp">{t("login.totp")}</FormLabel>
            <FormFieldDescription id="login-totp-help">{t("login.totpHelp")}</FormFieldDescription>
            <Textbox
              id="login-totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-describedby="login-totp-help"
              value={totp}
              onChange={(e) => setTotp(e.target.value)}
            />
          </FormField>
        )}
        <Button type="submit" appearance="primary-action-button" disabled={login.isPending}>
          {login.isPending ? t("login.busy") : t("login.submit")}
        </Button>
      </form>
    </div>
  );
}
