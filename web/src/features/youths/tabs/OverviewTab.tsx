/**
 * "Beeld" (the index tab) — a placeholder until the picture feature replaces this entry in
 * dossier-tabs.ts: the current level, what it asks, and since when.
 */
import { useTranslation } from "react-i18next";
import { Heading2, Paragraph } from "../../../components/nlds";
import { LevelBadge, normaliseLevel } from "../components/LevelBadge";
import { useDossier } from "../dossier/dossier-context";
import { formatDate } from "../format";
import "../youths-i18n";

/** The overview tab of a dossier. */
export function OverviewTab() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const level = normaliseLevel(dossier.level);
  return (
    <section aria-labelledby="tab-picture">
      <Heading2 id="tab-picture">{t("youths.overview.title")}</Heading2>
      <Paragraph>
        <LevelBadge level={level} />
      </Paragraph>
      <Paragraph>{t(`youths.overview.meaning.${level}`)}</Paragraph>
      {dossier.levelChangedAt && (
        <Paragraph className="iz-muted">
          {t("youths.overview.since", { date: formatDate(dossier.levelChangedAt) })}
        </Paragraph>
      )}
      <Paragraph className="iz-muted">{t("youths.overview.explainLater")}</Paragraph>
    </section>
  );
}
