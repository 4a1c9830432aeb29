/** Home block for roles without casework: what you can do here, per role (see ./role-guide.ts). */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading2, Paragraph } from "../components/nlds";
import { useSession } from "../lib/session";
import { guidesFor } from "./role-guide";

export function RoleGuideWidget() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const guides = guidesFor(session?.user.roles ?? []);
  return (
    <>
      {guides.map((g) => (
        <section key={g.role} aria-labelledby={`home-guide-${g.role}`}>
          <Heading2 id={`home-guide-${g.role}`}>
            {t("home.guide.title", { role: t(`roles.${g.role}`) })}
          </Heading2>
          <ul className="utrecht-unordered-list">
            {g.items.map((item) => (
              <li key={item.key}>
                {item.to ? (
                  <Link to={item.to}>{t(`home.guide.${g.role}.${item.key}`)}</Link>
                ) : (
                  t(`home.guide.${g.role}.${item.key}`)
                )}
              </li>
            ))}
          </ul>
          {g.later && <Paragraph>{t(`home.guide.${g.role}.later`)}</Paragraph>}
        </section>
      ))}
    </>
  );
}
