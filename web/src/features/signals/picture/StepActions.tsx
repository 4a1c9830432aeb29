/**
 * The suggested next step with the actions the level asks for: record a signal (1–2), discuss in
 * the circle (2), start a traject and involve the region's care coordinator with the contact (3),
 * and at level 4 the safety check first. Each action is a link to where it is done.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading3, Paragraph } from "../../../components/nlds";
import { useContentLanguage, type CatalogView } from "../../catalog/use-catalog";
import type { PictureView } from "../types";

const CARE_COORDINATOR = "zorgcoordinator-mensenhandel";

export function StepActions({
  youthId,
  picture,
  catalog,
  abilities,
}: {
  youthId: string;
  picture: PictureView;
  catalog: CatalogView | undefined;
  abilities: Partial<Record<string, boolean>>;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const level = picture.level;
  const readsSteps = abilities["youth.readFull"] === true;
  const coordinator = catalog?.contacts.find((c) => c.id === CARE_COORDINATOR);
  const actions: { key: string; node: React.ReactNode }[] = [];
  if (level >= 4 && readsSteps)
    actions.push({
      key: "safety",
      node: <Link to={`/youths/${youthId}/steps`}>{t("signals.picture.actions.safetyCheck")}</Link>,
    });
  if (level >= 3 && readsSteps)
    actions.push({
      key: "traject",
      node: (
        <Link to={`/youths/${youthId}/steps`}>{t("signals.picture.actions.startTraject")}</Link>
      ),
    });
  if (level >= 3 && coordinator)
    actions.push({
      key: "coordinator",
      node: (
        <>
          {t("signals.picture.actions.careCoordinator")}{" "}
          {coordinator.website ? (
            <a href={coordinator.website} rel="noopener noreferrer">
              {coordinator.name[lang]}
            </a>
          ) : (
            coordinator.name[lang]
          )}{" "}
          (<Link to="/contacts">{t("signals.picture.actions.allContacts")}</Link>)
        </>
      ),
    });
  if (level === 2)
    actions.push({
      key: "circle",
      node: <Link to={`/youths/${youthId}/circle`}>{t("signals.picture.actions.circle")}</Link>,
    });
  if (abilities["signal.create"])
    actions.push({
      key: "signal",
      node: <Link to={`/youths/${youthId}/signals/new`}>{t("signals.list.record")}</Link>,
    });
  return (
    <section aria-labelledby="pic-step" className="iz-card iz-sig-step">
      <Heading3 id="pic-step">{t("signals.picture.stepTitle")}</Heading3>
      <Paragraph>{picture.suggestedStep.text[lang]}</Paragraph>
      {actions.length > 0 ? (
        <ul className="iz-sig-step__actions">
          {actions.map((a) => (
            <li key={a.key}>{a.node}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
