/**
 * Filters of the timeline as real form controls (selects with labels): category, form of
 * exploitation, who, and kind of event. They live in the URL (?category=…), so a filtered view
 * can be shared and survives a reload. Results update as soon as a filter changes.
 */
import { useTranslation } from "react-i18next";
import { Button, Fieldset, FormField, FormLabel, Select } from "../../../components/nlds";
import { useContentLanguage, type CatalogView } from "../../catalog/use-catalog";
import type { TimelineFilter } from "../queries";

/** The kinds of events on the timeline. */
export const EVENT_KINDS = [
  "signal",
  "retraction",
  "vulnerability",
  "relocation",
  "circle",
  "judgement",
  "missing",
] as const;
/** The forms of exploitation the timeline filters by. */
export const EVENT_TYPES = ["sexual", "criminal", "labour", "general"] as const;

/** Reads the filter from the URL's search params. */
export function filterFromParams(params: URLSearchParams): TimelineFilter {
  const f: TimelineFilter = {};
  const category = params.get("category");
  const type = params.get("type");
  const observer = params.get("observer");
  const kind = params.get("kind");
  if (category) f.category = category;
  if (type && (EVENT_TYPES as readonly string[]).includes(type)) f.type = type;
  if (observer) f.observerId = observer;
  if (kind && (EVENT_KINDS as readonly string[]).includes(kind)) f.kind = kind;
  return f;
}

function SelectFilter({
  id,
  label,
  value,
  onChange,
  options,
  allLabel,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  allLabel: string;
}) {
  return (
    <FormField className="iz-sig-filter">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

/** The filter form; `observers` are the people who appear on the (unfiltered) timeline. */
export function TimelineFilters({
  catalog,
  observers,
  filter,
  onChange,
  onClear,
}: {
  catalog: CatalogView;
  observers: { id: string; name: string }[];
  filter: TimelineFilter;
  onChange: (key: "category" | "type" | "observer" | "kind", value: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const categories = [...catalog.categories].sort((a, b) => a.order - b.order);
  const any = Object.values(filter).some(Boolean);
  return (
    <form
      className="iz-sig-filters"
      onSubmit={(e) => e.preventDefault()}
      role="search"
      aria-label={t("signals.timeline.filters")}
    >
      <Fieldset legend={t("signals.timeline.filters")}>
        <div className="iz-sig-filter-row">
          <SelectFilter
            id="tl-category"
            label={t("signals.timeline.category")}
            value={filter.category ?? ""}
            onChange={(v) => onChange("category", v)}
            options={categories.map((c) => ({ value: c.id, label: c.label[lang] }))}
            allLabel={t("signals.timeline.allCategories")}
          />
          <SelectFilter
            id="tl-type"
            label={t("signals.timeline.type")}
            value={filter.type ?? ""}
            onChange={(v) => onChange("type", v)}
            options={EVENT_TYPES.map((v) => ({ value: v, label: t(`signals.types.${v}`) }))}
            allLabel={t("signals.timeline.allTypes")}
          />
          <SelectFilter
            id="tl-observer"
            label={t("signals.timeline.observer")}
            value={filter.observerId ?? ""}
            onChange={(v) => onChange("observer", v)}
            options={observers.map((o) => ({ value: o.id, label: o.name }))}
            allLabel={t("signals.timeline.allObservers")}
          />
          <SelectFilter
            id="tl-kind"
            label={t("signals.timeline.kind")}
            value={filter.kind ?? ""}
            onChange={(v) => onChange("kind", v)}
            options={EVENT_KINDS.map((v) => ({
              value: v,
              label: t(`signals.timeline.kinds.${v}`),
            }))}
            allLabel={t("signals.timeline.allKinds")}
          />
        </div>
        {any ? (
          <Button type="button" appearance="secondary-action-button" onClick={onClear}>
            {t("signals.timeline.clear")}
          </Button>
        ) : null}
      </Fieldset>
    </form>
  );
}
