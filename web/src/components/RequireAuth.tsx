import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "../lib/session";

/** Renders the child routes for a logged-in user; otherwise sends them to the login page. */
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
  return <Outlet />;
}
