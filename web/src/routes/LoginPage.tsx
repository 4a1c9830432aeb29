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
import { OneTimeCodeField } from "../components/form/OneTimeCodeField";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
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
  const [useRecovery, setUseRecovery] = useState(false);
  const [recoveryCode, setRecoveryCode] = useState("");
  const next = safeNext(params.get("next"));

  if (session) return <Navigate to={next} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate(
      {
        email,
        password,
        ...(needsTotp && !useRecovery ? { totp: totp.trim() } : {}),
        ...(needsTotp && useRecovery ? { recoveryCode: recoveryCode.trim() } : {}),
      },
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
        {needsTotp && useRecovery && (
          <FormField>
            <FormLabel htmlFor="login-recovery">{t("login.recoveryCode")}</FormLabel>
            <FormFieldDescription id="login-recovery-help">
              {t("login.recoveryCodeHelp")}
            </FormFieldDescription>
            <Textbox
              id="login-recovery"
              autoComplete="off"
              aria-describedby="login-recovery-help"
              value={recoveryCode}
              onChange={(e) => setRecoveryCode(e.target.value)}
            />
          </FormField>
        )}
        {needsTotp && !useRecovery && (
          <OneTimeCodeField
            id="login-totp"
            label={t("login.totp")}
            description={t("login.totpHelp")}
            value={totp}
            onChange={setTotp}
          />
        )}
        {needsTotp && (
          <Paragraph>
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => setUseRecovery((v) => !v)}
            >
              {t(useRecovery ? "login.useTotp" : "login.useRecoveryCode")}
            </Button>
          </Paragraph>
        )}
        <Button type="submit" appearance="primary-action-button" disabled={login.isPending}>
          {login.isPending ? t("login.busy") : t("login.submit")}
        </Button>
      </form>
      <Paragraph>
        <Link to="/password-forgotten" className="iz-target">
          {t("login.forgotten")}
        </Link>
      </Paragraph>
    </div>
  );
}
