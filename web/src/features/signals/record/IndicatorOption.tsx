/**
 * One signal to choose: a checkbox with the signal's text as its label, its weight and acute
 * flag as text, and its explanation one click away (a disclosure).
 */
import { useTranslation } from "react-i18next";
import type { Indicator } from "../../../../../src/domain/catalog/schema";
import { Checkbox, FormLabel } from "../../../components/nlds";
import { AcuteLabel, TierLabel } from "../../catalog/labels";
import { useContentLanguage } from "../../catalog/use-catalog";

/** The checkbox id of an indicator in the picker. */
export const optionId = (indicatorId: string) => `sig-ind-${indicatorId.replace(/\./g, "-")}`;

/** A list item with the checkbox, the tags and the explanation. */
export function IndicatorOption({
  indicator,
  checked,
  onToggle,
}: {
  indicator: Indicator;
  checked: boolean;
  onToggle: (id: string, checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const id = optionId(indicator.id);
  return (
    <li className="iz-sig-option">
      <div className="utrecht-form-field utrecht-form-field--checkbox iz-sig-option__check">
        <Checkbox
          id={id}
          checked={checked}
          aria-describedby={`${id}-tags`}
          onChange={(e) => onToggle(indicator.id, e.target.checked)}
        />
        <FormLabel htmlFor={id} type="checkbox" checked={checked}>
          {indicator.text[lang]}
        </FormLabel>
      </div>
      <span id={`${id}-tags`} className="iz-sig-option__tags">
        <TierLabel tier={indicator.tier} />
        {indicator.acute ? <AcuteLabel /> : null}
      </span>
      <details className="iz-sig-option__more">
        <summary>
          {t("signals.picker.explanation")}
          <span className="iz-visually-hidden">: {indicator.text[lang]}</span>
        </summary>
        <p className="utrecht-paragraph">{indicator.explanation[lang]}</p>
      </details>
    </li>
  );
}
