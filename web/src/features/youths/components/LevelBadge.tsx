/**
 * The level of a youth's picture (0–4) as text with an icon: never colour alone. The icon is
 * decorative; the text says the level and what it asks of the professional.
 */
import { useTranslation } from "react-i18next";
import "../youths-i18n";

const ICONS = ["○", "◔", "◑", "◕", "⚠"] as const;

/** Clamps any number to a known level 0–4. */
export function normaliseLevel(level: number): 0 | 1 | 2 | 3 | 4 {
  const n = Math.max(0, Math.min(4, Math.round(level)));
  return n as 0 | 1 | 2 | 3 | 4;
}

/** A pill with the level's icon and label, styled by `.iz-level--N`. */
export function LevelBadge({ level }: { level: number }) {
  const { t } = useTranslation();
  const n = normaliseLevel(level);
  return (
    <span className={`iz-level iz-level--${n}`}>
      <span aria-hidden="true">{ICONS[n]}</span>
      <span>
        <span className="iz-visually-hidden">{t("youths.level.prefix", { level: n })} </span>
        {t(`youths.level.${n}`)}
      </span>
    </span>
  );
}
