import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "../lib/session";
import { SECURITY_PATH } from "../features/settings/routes";

/**
 * Renders the child routes for a logged-in user; otherwise sends them to the login page. A user
 * who must still set up two-step login is sent to the security settings.
 */
export function RequireAuth() {
  const { data, isPending, isError } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (isPending) return <p role="status">{t("common.loading")}</p>;
  if (isError) return <p role="alert">{t("common.loadError")}</p>;
  if (!data)
    return (
      <Navigate
        to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  // A role that must use 2FA, without it yet, can only enrol (issue 20): the API refuses the rest.
  if (data.secondFactor.pending && location.pathname !== SECURITY_PATH)
    return <Navigate to={SECURITY_PATH} replace />;
  return <Outlet />;
}
