/**
 * /invitation/:token (public): the invitee sees who they are invited as and chooses a password;
 * then they log in. An unknown, used or expired link says so plainly.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Alert, Heading1, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError, get, post } from "../../lib/api";
import type { InvitationView } from "./types";
import "./onboarding-i18n";
import { SetPasswordForm } from "./SetPasswordForm";

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t("onboarding.accept.title"));
  const { token = "" } = useParams();
  const invitation = useQuery({
    queryKey: ["invitation", token],
    queryFn: () => get<InvitationView>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
  const accept = useMutation({
    mutationFn: (password: string) =>
      post<{ email: string }>(`/api/invitations/${encodeURIComponent(token)}/acceptance`, {
        password,
      }),
  });

  if (invitation.isPending)
    return (
      <div role="status" aria-live="polite">
        <Paragraph>{t("onboarding.accept.loading")}</Paragraph>
      </div>
    );
  if (invitation.isError || (accept.error instanceof ApiError && accept.error.status === 404))
    return (
      <>
        <Heading1>{t("onboarding.accept.title")}</Heading1>
        <Alert type="warning" role="alert">
          <Paragraph>{t("onboarding.accept.invalid")}</Paragraph>
        </Alert>
      </>
    );
  const view = invitation.data;

  return (
    <div className="iz-login">
      <Heading1>{t("onboarding.accept.title")}</Heading1>
      {accept.isSuccess ? (
        <div role="status">
          <Alert type="ok">
            <Paragraph>{t("onboarding.accept.done")}</Paragraph>
          </Alert>
          <Paragraph>
            <Link to="/login" className="iz-target">
              {t("onboarding.accept.login")}
            </Link>
          </Paragraph>
        </div>
      ) : (
        <>
          <Paragraph>
            {t("onboarding.accept.intro", {
              name: view.displayName,
              organisation: view.organisation,
            })}
          </Paragraph>
          <Paragraph>{t("onboarding.accept.email", { email: view.email })}</Paragraph>
          <SetPasswordForm
            id="accept-password"
            email={view.email}
            mutation={accept}
            submitLabel={t("onboarding.accept.submit")}
            busyLabel={t("onboarding.accept.busy")}
            generalError={(error) =>
              error instanceof ApiError && error.status === 409
                ? t("onboarding.accept.taken")
                : t("onboarding.invite.errors.general")
            }
          />
        </>
      )}
    </div>
  );
}
