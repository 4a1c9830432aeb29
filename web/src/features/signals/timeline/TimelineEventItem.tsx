/**
 * One event on the timeline: when, what kind (icon and word), and what happened — for a signal
 * its categories (name with colour), signals, facts (as text) and who recorded it.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TimelineEvent } from "../../../../../src/shared/signal.schema";
import { lookupCatalog, useContentLanguage, type CatalogView } from "../../catalog/use-catalog";
import { signalHref, timelineAnchorId } from "../anchors";
import { IndicatorTags } from "../components/IndicatorTags";
import { RecorderLine } from "../components/RecorderLine";
import { formatDate } from "../format";

const ICONS: Record<TimelineEvent["kind"], string> = {
  signal: "●",
  retraction: "⊘",
  vulnerability: "◆",
  relocation: "➜",
  circle: "◎",
  judgement: "⚑",
  missing: "?",
};

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** What the event says, in words. */
function EventBody({
  youthId,
  event,
  catalog,
}: {
  youthId: string;
  event: TimelineEvent;
  catalog: CatalogView | undefined;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const s = event.summary;
  switch (event.kind) {
    case "signal":
      return (
        <>
          <IndicatorTags ids={event.indicatorIds} catalog={catalog} />
          <p className="utrecht-paragraph iz-sig-prewrap">{str(s.facts)}</p>
          <p className="utrecht-paragraph">
            {t("signals.list.source")}: {t(`signals.source.${str(s.source) || "own_observation"}`)}
            {s.retracted === true ? ` — ${t("signals.list.retractedTag")}` : ""}
          </p>
        </>
      );
    case "retraction":
      return (
        <p className="utrecht-paragraph">
          {t("signals.timeline.retraction", { reason: str(s.reason) })}{" "}
          <Link to={signalHref(youthId, str(s.signalId))}>{t("signals.timeline.toSignal")}</Link>
        </p>
      );
    case "vulnerability": {
      const factor = catalog?.vulnerabilities.find((v) => v.id === str(s.factorId));
      return (
        <p className="utrecht-paragraph">
          {t(
            s.present === true
              ? "signals.timeline.vulnerabilityOn"
              : "signals.timeline.vulnerabilityOff",
            {
              factor: factor?.label[lang] ?? str(s.factorId),
              date: formatDate(str(s.notedAt)),
            },
          )}
        </p>
      );
    }
    case "relocation":
      return (
        <p className="utrecht-paragraph">
          {t("signals.timeline.relocation", { location: str(s.location) })}
        </p>
      );
    case "circle":
      return (
        <p className="utrecht-paragraph">
          {t(
            s.change === "ended" ? "signals.timeline.circleEnded" : "signals.timeline.circleAdded",
            {
              name: event.actor?.name ?? "",
              organisation: event.actor?.organisation ?? "",
              relation: t(`signals.relation.${str(s.relation) || "other"}`),
              reason: str(s.reason),
            },
          )}
        </p>
      );
    case "judgement":
      return (
        <>
          <p className="utrecht-paragraph">
            {t(`signals.judgement.${s.judgement === "suspicion" ? "suspicion" : "no_suspicion"}`)}
          </p>
          <p className="utrecht-paragraph iz-sig-prewrap">{str(s.reason)}</p>
        </>
      );
    case "missing":
      return (
        <p className="utrecht-paragraph">
          {s.endedAt
            ? t("signals.timeline.missingEnded", { date: formatDate(str(s.endedAt)) })
            : t("signals.timeline.missingNow")}
        </p>
      );
  }
}

/** A list item for the event; signals link to the same signal in the signals list. */
export function TimelineEventItem({
  youthId,
  event,
  catalog,
}: {
  youthId: string;
  event: TimelineEvent;
  catalog: CatalogView | undefined;
}) {
  const { t } = useTranslation();
  const lookup = catalog ? lookupCatalog(catalog) : null;
  const colour = event.categories.map((c) => lookup?.category(c)?.colour).find(Boolean);
  return (
    <li
      id={timelineAnchorId(event.id)}
      tabIndex={-1}
      className={`iz-sig-event iz-sig-event--${event.kind}`}
      style={colour ? { borderInlineStartColor: colour } : undefined}
    >
      <p className="utrecht-paragraph iz-sig-event__head">
        <span className="iz-sig-event__kind">
          <span aria-hidden="true">{ICONS[event.kind]} </span>
          {t(`signals.timeline.kinds.${event.kind}`)}
        </span>{" "}
        <time dateTime={event.at}>{formatDate(event.at)}</time>
        {event.summary.acute === true ? (
          <span className="iz-sig-event__acute"> — {t("signals.timeline.acute")}</span>
        ) : null}
      </p>
      <EventBody youthId={youthId} event={event} catalog={catalog} />
      {event.actor && event.kind !== "circle" ? (
        <RecorderLine
          name={event.actor.name}
          role={event.actor.role}
          organisation={event.actor.organisation}
          when={
            event.kind === "signal"
              ? formatDate(str(event.summary.recordedAt))
              : formatDate(event.at)
          }
        />
      ) : null}
      {event.kind === "signal" ? (
        <p className="utrecht-paragraph">
          <Link to={signalHref(youthId, event.id)}>{t("signals.timeline.toSignal")}</Link>
        </p>
      ) : null}
    </li>
  );
}
