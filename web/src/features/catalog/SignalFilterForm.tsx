/**
 * The signal list's search box and filters: real form controls, grouped in fieldsets with a
 * legend, each with a label. Changes apply instantly.
 */
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Checkbox,
  Fieldset,
  FormField,
  FormFieldDescription,
  FormLabel,
  Textbox,
} from "../../components/nlds";
import { EXPLOITATION_TYPES, NO_FILTERS, TIERS, toggle, type SignalFilters } from "./filter";
import { useContentLanguage, type CatalogView } from "./use-catalog";

function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <FormField type="checkbox" className="iz-cat-check">
      <Checkbox id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <FormLabel htmlFor={id} type="checkbox" checked={checked}>
        {label}
      </FormLabel>
    </FormField>
  );
}

/** Search and filter controls for the signal list. */
export function SignalFilterForm({
  catalog,
  filters,
  onChange,
}: {
  catalog: CatalogView;
  filters: SignalFilters;
  onChange: (filters: SignalFilters) => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const set = (patch: Partial<SignalFilters>) => onChange({ ...filters, ...patch });
  const typeLabel = (id: string) =>
    catalog.exploitationTypes.find((x) => x.id === id)?.label[lang] ?? id;
  return (
    <form
      role="search"
      className="iz-cat-filters iz-no-print"
      onSubmit={(e: FormEvent) => e.preventDefault()}
    >
      <FormField className="iz-cat-filters__search">
        <FormLabel htmlFor="signal-search">{t("catalog.signals.searchLabel")}</FormLabel>
        <FormFieldDescription id="signal-search-hint">
          {t("catalog.signals.searchHint")}
        </FormFieldDescription>
        <Textbox
          id="signal-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="signal-search-hint"
          value={filters.query}
          onChange={(e) => set({ query: e.target.value })}
        />
      </FormField>
      <div className="iz-cat-filters__groups">
        <Fieldset legend={t("catalog.signals.typeLegend")}>
          {EXPLOITATION_TYPES.map((type) => (
            <CheckboxField
              key={type}
              id={`signal-type-${type}`}
              label={typeLabel(type)}
              checked={filters.types.includes(type)}
              onChange={(on) => set({ types: toggle(filters.types, type, on) })}
            />
          ))}
        </Fieldset>
        <Fieldset legend={t("catalog.signals.tierLegend")}>
          {TIERS.map((tier) => (
            <CheckboxField
              key={tier}
              id={`signal-tier-${tier}`}
              label={t(`catalog.tier.${tier}`)}
              checked={filters.tiers.includes(tier)}
              onChange={(on) => set({ tiers: toggle(filters.tiers, tier, on) })}
            />
          ))}
        </Fieldset>
        <Fieldset legend={t("catalog.signals.acuteLegend")}>
          <CheckboxField
            id="signal-acute"
            label={t("catalog.signals.acuteOnly")}
            checked={filters.acuteOnly}
            onChange={(on) => set({ acuteOnly: on })}
          />
        </Fieldset>
      </div>
      <Button
        type="button"
        appearance="secondary-action-button"
        onClick={() => onChange(NO_FILTERS)}
      >
        {t("catalog.signals.reset")}
      </Button>
    </form>
  );
}
