/**
 * /caseload — all reachable youths by level, then most recent change, with filters (level,
 * location, form of exploitation) in the URL and "meer laden".
 */
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import {
  Alert,
  Button,
  Fieldset,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
} from "../../../components/nlds";
import { usePageTitle } from "../../../components/PageTitle";
import { useLocations } from "../../youths/queries";
import { useCaseload, type CaseloadFilter } from "../queries";
import "../signals.css";
import "../signals-i18n";
import { SPECIFIC_TYPES } from "../types";
import { CaseloadTable } from "./CaseloadTable";

type FilterKey = "level" | "locationId" | "type";

function filterOf(params: URLSearchParams): CaseloadFilter {
  const f: CaseloadFilter = {};
  const level = params.get("level");
  const locationId = params.get("locationId");
  const type = params.get("type");
  if (level && /^[0-4]$/.test(level)) f.level = level;
  if (locationId) f.locationId = locationId;
  if (type && (SPECIFIC_TYPES as readonly string[]).includes(type)) f.type = type;
  return f;
}

/** The caseload page. */
export function CaseloadPage() {
  const { t } = useTranslation();
  usePageTitle(t("signals.caseload.title"));
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const locations = useLocations();
  const query = useCaseload(filter, 50);
  const items = (query.data?.pages ?? []).flatMap((p) => p.items);
  const set = (key: FilterKey, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const select = (key: FilterKey, label: string, options: { value: string; label: string }[]) => (
    <FormField className="iz-sig-filter">
      <FormLabel htmlFor={`cl-${key}`}>{label}</FormLabel>
      <Select id={`cl-${key}`} value={filter[key] ?? ""} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t("signals.caseload.all_" + key)}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FormField>
  );
  return (
    <>
      <Heading1>{t("signals.caseload.title")}</Heading1>
      <Paragraph>{t("signals.caseload.intro")}</Paragraph>
      <form
        className="iz-sig-filters"
        role="search"
        aria-label={t("signals.caseload.filters")}
        onSubmit={(e) => e.preventDefault()}
      >
        <Fieldset legend={t("signals.caseload.filters")}>
          <div className="iz-sig-filter-row">
            {select(
              "level",
              t("signals.caseload.level"),
              [4, 3, 2, 1, 0].map((l) => ({ value: String(l), label: t(`youths.level.${l}`) })),
            )}
            {select(
              "locationId",
              t("signals.caseload.location"),
              (locations.data ?? []).map((l) => ({ value: l.id, label: l.name })),
            )}
            {select(
              "type",
              t("signals.caseload.type"),
              SPECIFIC_TYPES.map((k) => ({ value: k, label: t(`signals.types.${k}`) })),
            )}
          </div>
        </Fieldset>
      </form>
      <Paragraph role="status" className="iz-sig-count">
        {query.isSuccess ? t("signals.caseload.count", { count: items.length }) : ""}
        {query.hasNextPage ? ` ${t("signals.caseload.countMore")}` : ""}
      </Paragraph>
      {query.isPending ? <Paragraph>{t("common.loading")}</Paragraph> : null}
      {query.isError ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      ) : null}
      {items.length > 0 ? (
        <CaseloadTable items={items} caption={t("signals.caseload.caption")} />
      ) : null}
      {query.hasNextPage ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t("signals.caseload.more")}
        </Button>
      ) : null}
    </>
  );
}
