/**
 * Reactivate a deactivated account, or reset its two-step login (the person sets it up again at
 * the next login and is told). Both send the version shown; a conflict is said plainly.
 */
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Alert, Button, Heading2, Paragraph } from "../../components/nlds";
import { post } from "../../lib/api";
import type { AdminAccount } from "./types";
import { accountProblem } from "./user-problems";

export function UserAccessActions({
  account,
  onChanged,
}: {
  account: AdminAccount;
  onChanged: (next?: AdminAccount, done?: string) => void;
}) {
  const { t } = useTranslation();
  const call = (path: string) => () =>
    post<AdminAccount>(`/api/admin/users/${account.id}/${path}`, { version: account.version });
  const reactivate = useMutation({
    mutationFn: call("reactivation"),
    onSuccess: (next) =>
      onChanged(next, t("admin.users.reactivate.done", { name: account.displayName })),
    onError: () => onChanged(),
  });
  const reset = useMutation({
    mutationFn: call("second-factor-reset"),
    onSuccess: (next) =>
      onChanged(next, t("admin.users.twoFactorReset.done", { name: account.displayName })),
    onError: () => onChanged(),
  });
  const problem = accountProblem(t, reactivate.error ?? reset.error);

  return (
    <>
      <div role="alert">
        {problem && (
          <Alert type="error">
            <Paragraph>{problem}</Paragraph>
          </Alert>
        )}
      </div>
      {account.status === "deactivated" && (
        <section aria-labelledby="user-reactivate-title" className="iz-card">
          <Heading2 id="user-reactivate-title">{t("admin.users.reactivate.title")}</Heading2>
          <Paragraph>{t("admin.users.reactivate.intro")}</Paragraph>
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={reactivate.isPending}
            onClick={() => reactivate.mutate()}
          >
            {t("admin.users.reactivate.submit")}
          </Button>
        </section>
      )}
      {account.status === "active" && account.twoFactor && (
        <section aria-labelledby="user-2fa-title" className="iz-card">
          <Heading2 id="user-2fa-title">{t("admin.users.twoFactorReset.title")}</Heading2>
          <Paragraph>{t("admin.users.twoFactorReset.intro")}</Paragraph>
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={reset.isPending}
            onClick={() => reset.mutate()}
          >
            {t("admin.users.twoFactorReset.submit")}
          </Button>
        </section>
      )}
    </>
  );
}
