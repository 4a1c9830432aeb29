/**
 * "Tijdlijn" — everything that happened around the youth, newest first: signals (category
 * name and colour, never colour alone), retractions, vulnerabilities, relocations, circle
 * changes, judgements and missing episodes. Filters in the URL; a chart of signals per month
 * with a table.
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Alert, Heading2, Paragraph } from "../../../components/nlds";
import { useCatalog } from "../../catalog/use-catalog";
import { useDossier } from "../../youths/dossier/dossier-context";
import { useHashFocus } from "../components/use-hash-focus";
import { useTimeline } from "../queries";
import "../signals.css";
import "../../catalog/catalog.css";
import "../signals-i18n";
import { SignalsChart } from "./SignalsChart";
import { filterFromParams, TimelineFilters } from "./TimelineFilters";
import { TimelineEventItem } from "./TimelineEventItem";

const PARAM_KEYS = ["category", "type", "observer", "kind"] as const;

/** The timeline tab of the dossier. */
export function TimelineTab() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const catalog = useCatalog();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const all = useTimeline(dossier.id, {});
  const filtered = useTimeline(dossier.id, filter);
  useHashFocus(filtered.isSuccess);
  const observers = useMemo(() => {
    const seen = new Map<string, string>();
    for (const e of all.data?.items ?? []) {
      const id = e.summary.observerId;
      if (typeof id === "string" && id && e.actor && !seen.has(id)) seen.set(id, e.actor.name);
    }
    return [...seen]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [all.data]);
  const setFilter = (key: (typeof PARAM_KEYS)[number], value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const clear = () =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const k of PARAM_KEYS) next.delete(k);
        return next;
      },
      { replace: true },
    );
  const items = filtered.data?.items ?? [];
  return (
    <section aria-labelledby="tab-timeline" className="iz-sig-timeline">
      <Heading2 id="tab-timeline">{t("signals.timeline.title")}</Heading2>
      {filtered.data?.scope === "own_organisation" ? (
        <Alert type="info">
          <Paragraph>{t("signals.list.ownOrganisation")}</Paragraph>
        </Alert>
      ) : null}
      {catalog.data ? (
        <TimelineFilters
          catalog={catalog.data}
          observers={observers}
          filter={filter}
          onChange={setFilter}
          onClear={clear}
        />
      ) : null}
      <Paragraph role="status" className="iz-sig-count">
        {filtered.isSuccess ? t("signals.timeline.count", { count: items.length }) : ""}
      </Paragraph>
      {filtered.isPending ? <Paragraph>{t("common.loading")}</Paragraph> : null}
      {filtered.isError ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      ) : null}
      {catalog.data && all.data ? (
        <SignalsChart events={all.data.items} catalog={catalog.data} />
      ) : null}
      {items.length > 0 ? (
        <section aria-labelledby="tl-events">
          <h3 id="tl-events" className="utrecht-heading-3">
            {t("signals.timeline.eventsTitle")}
          </h3>
          <ol className="iz-sig-events">
            {items.map((e) => (
              <TimelineEventItem
                key={`${e.kind}-${e.id}`}
                youthId={dossier.id}
                event={e}
                catalog={catalog.data}
              />
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
