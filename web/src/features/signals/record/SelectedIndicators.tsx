/** The signals chosen so far, each with a button to remove it (also when a search hides it). */
import { useTranslation } from "react-i18next";
import type { Indicator } from "../../../../../src/domain/catalog/schema";
import { Button } from "../../../components/nlds";
import { AcuteLabel } from "../../catalog/labels";
import { useContentLanguage } from "../../catalog/use-catalog";

/** "Gekozen signalen (2)" with remove buttons; nothing when none are chosen. */
export function SelectedIndicators({
  indicators,
  onRemove,
}: {
  indicators: Indicator[];
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  return (
    <div className="iz-sig-selected" aria-live="polite">
      <p className="utrecht-paragraph iz-sig-selected__title">
        {t("signals.picker.selected", { count: indicators.length })}
      </p>
      {indicators.length > 0 ? (
        <ul className="iz-sig-selected__list">
          {indicators.map((i) => (
            <li key={i.id}>
              <span>{i.text[lang]}</span> {i.acute ? <AcuteLabel /> : null}{" "}
              <Button
                type="button"
                appearance="subtle-button"
                className="iz-sig-remove"
                onClick={() => onRemove(i.id)}
              >
                {t("signals.picker.remove")}
                <span className="iz-visually-hidden">: {i.text[lang]}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
