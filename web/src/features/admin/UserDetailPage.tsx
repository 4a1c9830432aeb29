/**
 * One account (/admin/users/:accountId) for its org admin or the system admin: name, e-mail,
 * organisation, roles, status and whether 2FA is on; change the roles, deactivate (with a
 * successor per youth it leaves without a mentor or guardian), reactivate, reset 2FA. Never a
 * dossier: circles appear by youth code and location only.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Alert, Heading1, Paragraph, StatusBadge } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError } from "../../lib/api";
import { useSession } from "../../lib/session";
import "./admin-i18n";
import { DeactivateUserForm } from "./DeactivateUserForm";
import { UserAccessActions } from "./UserAccessActions";
import { UserRolesForm } from "./UserRolesForm";
import type { AdminAccount } from "./types";
import { ADMIN_USERS_KEY, useAdminUser } from "./user-queries";

export function UserDetailPage() {
  const { t } = useTranslation();
  const { accountId = "" } = useParams();
  const user = useAdminUser(accountId);
  usePageTitle(user.data?.displayName ?? t("admin.users.title"));
  if (user.isPending) return <Paragraph role="status">{t("common.loading")}</Paragraph>;
  if (!user.data) {
    const status = user.error instanceof ApiError ? user.error.status : 0;
    return (
      <>
        <Heading1>{t(status === 403 ? "admin.users.title" : "admin.users.notFound")}</Heading1>
        <Alert type="error" role="alert">
          <Paragraph>
            {t(
              status === 403
                ? "admin.forbidden"
                : status === 404
                  ? "admin.users.notFoundText"
                  : "common.loadError",
            )}
          </Paragraph>
        </Alert>
        <Paragraph>
          <Link to="/admin/users">{t("admin.users.back")}</Link>
        </Paragraph>
      </>
    );
  }
  return <UserDetail key={user.data.id} account={user.data} />;
}

function UserDetail({ account }: { account: AdminAccount }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const self = session?.user.id === account.id;
  const [notice, setNotice] = useState<string | null>(null);
  /** After a change (or a refusal): show the answer at once, say what happened, reload lists. */
  const changed = (next?: AdminAccount, done?: string) => {
    setNotice(done ?? null);
    if (next) queryClient.setQueryData([...ADMIN_USERS_KEY, "one", account.id], next);
    void queryClient.invalidateQueries({ queryKey: ADMIN_USERS_KEY });
  };

  return (
    <>
      <Heading1>{account.displayName}</Heading1>
      <Paragraph>
        <Link to="/admin/users">{t("admin.users.back")}</Link>
      </Paragraph>
      <div role="status" aria-live="polite">
        {notice && (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <dl className="iz-cat-dl">
        <dt>{t("admin.users.columns.email")}</dt>
        <dd>{account.email}</dd>
        <dt>{t("admin.users.columns.organisation")}</dt>
        <dd>{account.organisation.name}</dd>
        <dt>{t("admin.users.columns.roles")}</dt>
        <dd>{account.roles.map((r) => t(`roles.${r}`)).join(", ")}</dd>
        <dt>{t("admin.users.columns.status")}</dt>
        <dd>
          <StatusBadge>{t(`admin.users.statuses.${account.status}`)}</StatusBadge>
        </dd>
        <dt>{t("admin.users.columns.twoFactor")}</dt>
        <dd>{t(account.twoFactor ? "admin.users.twoFactorOn" : "admin.users.twoFactorOff")}</dd>
      </dl>
      {self ? (
        <Paragraph>{t("admin.users.self")}</Paragraph>
      ) : (
        <>
          {account.status === "active" && <UserRolesForm account={account} onChanged={changed} />}
          {account.status === "active" && (
            <DeactivateUserForm account={account} onChanged={changed} />
          )}
          <UserAccessActions account={account} onChanged={changed} />
        </>
      )}
    </>
  );
}
