/**
 * The app shell: skip link, header (DEMO banner in demo mode, navigation, language switch),
 * the main landmark (focused on navigation) and a footer.
 */
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { setLanguage, currentLanguage } from "../lib/i18n";
import { useLogout, useSession } from "../lib/session";
import { visibleNavItems } from "./nav-items";
import { NotificationBadge } from "./NotificationBadge";

export function AppShell() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  const other = currentLanguage() === "nl" ? "en" : "nl";
  const items = visibleNavItems(session ? session.user.roles : null);

  return (
    <>
      <a className="utrecht-skip-link iz-skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className="iz-header">
        {/* Inside the banner landmark, so no content sits outside a landmark (axe "region"). */}
        {session?.demo && <div className="iz-demo-banner">{t("shell.demoBanner")}</div>}
        <div className="iz-header__inner">
          <NavLink to="/" className="iz-brand">
            <span className="iz-brand__mark" aria-hidden="true">
              ◉
            </span>
            <span>InZicht</span>
            <span className="iz-brand__tagline">{t("shell.tagline")}</span>
          </NavLink>
          <nav className="iz-nav" aria-label={t("shell.mainNav")}>
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === "/"}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="iz-header__tools">
            {session && <NotificationBadge />}
            <button type="button" lang={other} onClick={() => setLanguage(other)}>
              {other === "en" ? "English" : "Nederlands"}
            </button>
            {session ? (
              <button
                type="button"
                onClick={() =>
                  logout.mutate(undefined, { onSettled: () => void navigate("/login") })
                }
              >
                {t("shell.logout")}
              </button>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" className="iz-main" tabIndex={-1} ref={main} lang={i18n.language}>
        <Outlet />
      </main>
      <footer className="iz-footer">
        <div className="iz-footer__inner">{t("shell.footer")}</div>
      </footer>
    </>
  );
}
