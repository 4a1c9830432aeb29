/** Home after login: who you are, your organisation, and (for casework roles) the caseload. */
import { Heading1, Heading2, Paragraph } from "../components/nlds";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../components/PageTitle";
import { hasRole, useSession } from "../lib/session";
import { homeWidgets } from "./home-widgets";

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t("home.title"));
  const { data: session } = useSession();
  if (!session) return null;
  const { user } = session;
  const widgets = homeWidgets.filter((w) => hasRole(session, ...w.roles));
  return (
    <>
      <Heading1>{t("home.welcome", { name: user.displayName })}</Heading1>
      <Paragraph>
        {t("home.whoAmI", {
          roles: user.roles.map((r) => t(`roles.${r}`)).join(", "),
          organisation: user.organisation.name,
        })}
      </Paragraph>
      {widgets.map((W) => (
        <W.Component key={W.id} />
      ))}
      <section aria-labelledby="home-knowledge">
        <Heading2 id="home-knowledge">{t("home.knowledgeTitle")}</Heading2>
        <ul className="utrecht-unordered-list">
          <li>
            <Link to="/signals">{t("nav.signals")}</Link>
          </li>
          <li>
            <Link to="/knowledge">{t("nav.knowledge")}</Link>
          </li>
          <li>
            <Link to="/contacts">{t("nav.contacts")}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
