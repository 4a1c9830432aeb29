/**
 * Beside the picture on a dossier, for the region's care coordinator only: "dit telefoonnummer
 * komt ook voor bij 2 andere jongeren", with a link to the patterns page. It never changes the
 * level; the coordinator decides what it means.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, Paragraph } from "../../components/nlds";
import { mayReadPatterns } from "../../../../src/shared/pattern-access";
import { useSession } from "../../lib/session";
import "./patterns-i18n";
import { usePatterns } from "./queries";

export function PatternHint({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  // The server's own rule: a coordinator who is also an admin or researcher gets a 404.
  const coordinator = mayReadPatterns(session.data?.user.roles ?? []);
  const patterns = usePatterns(youthId, coordinator);
  const items = patterns.data?.items ?? [];
  if (!coordinator || items.length === 0) return null;
  return (
    <Alert type="info" className="iz-sig-note">
      <Paragraph>
        <strong>{t("patterns.hint.title")}</strong>
      </Paragraph>
      <ul className="iz-patterns-list">
        {items.map((p) => (
          <li key={p.id}>
            {t(`patterns.hint.kinds.${p.kind}`, { count: p.youthCount - 1, value: p.value })}
          </li>
        ))}
      </ul>
      <Paragraph>
        {t("patterns.hint.noLevel")}{" "}
        <Link to="/patterns" className="iz-target">
          {t("patterns.hint.link")}
        </Link>
      </Paragraph>
    </Alert>
  );
}
