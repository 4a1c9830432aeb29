/** /password-reset/:token (public): choose a new password with a reset link, then log in. */
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Alert, Heading1, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError, get, post } from "../../lib/api";
import "./onboarding-i18n";
import { SetPasswordForm } from "./SetPasswordForm";

export function PasswordResetPage() {
  const { t } = useTranslation();
  usePageTitle(t("onboarding.reset.title"));
  const { token = "" } = useParams();
  const link = useQuery({
    queryKey: ["password-reset", token],
    queryFn: () => get<{ email: string }>(`/api/password-resets/${encodeURIComponent(token)}`),
    retry: false,
  });
  const reset = useMutation({
    mutationFn: (password: string) =>
      post(`/api/password-resets/${encodeURIComponent(token)}`, { password }),
  });

  if (link.isPending)
    return (
      <div role="status" aria-live="polite">
        <Paragraph>{t("onboarding.reset.loading")}</Paragraph>
      </div>
    );
  if (link.isError || (reset.error instanceof ApiError && reset.error.status === 404))
    return (
      <>
        <Heading1>{t("onboarding.reset.title")}</Heading1>
        <Alert type="warning" role="alert">
          <Paragraph>{t("onboarding.reset.invalid")}</Paragraph>
        </Alert>
        <Paragraph>
          <Link to="/password-forgotten" className="iz-target">
            {t("onboarding.reset.again")}
          </Link>
        </Paragraph>
      </>
    );
  return (
    <div className="iz-login">
      <Heading1>{t("onboarding.reset.title")}</Heading1>
      {reset.isSuccess ? (
        <div role="status">
          <Alert type="ok">
            <Paragraph>{t("onboarding.reset.done")}</Paragraph>
          </Alert>
          <Paragraph>
            <Link to="/login" className="iz-target">
              {t("onboarding.reset.login")}
            </Link>
          </Paragraph>
        </div>
      ) : (
        <>
          <Paragraph>{t("onboarding.reset.intro", { email: link.data.email })}</Paragraph>
          <SetPasswordForm
            id="reset-password"
            email={link.data.email}
            mutation={reset}
            submitLabel={t("onboarding.reset.submit")}
            busyLabel={t("onboarding.reset.busy")}
            generalError={() => t("onboarding.forgotten.general")}
          />
        </>
      )}
    </div>
  );
}
