/**
 * "Jongere opzoeken": the privacy officer types part of a name or a V-number and picks a youth,
 * which sets the log's youth filter. The server logs each lookup (without the search text).
 */
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Paragraph } from "../../components/nlds";
import { get } from "../../lib/api";
import { TextField } from "../youths/form/Field";
import "./audit-i18n";
import type { AuditYouthMatches } from "./types";

const MIN_LENGTH = 2;

/** The lookup form and its results; `onPick` gets the chosen youth's id. */
export function AuditYouthLookup({ onPick }: { onPick: (youthId: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const [error, setError] = useState<string | undefined>();
  const lookup = useQuery({
    queryKey: ["audit-youths", query],
    queryFn: () => get<AuditYouthMatches>(`/api/audit/youths?q=${encodeURIComponent(query)}`),
    enabled: query !== "",
    retry: false,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (q.length < MIN_LENGTH) {
      setError(t("audit.lookup.tooShort"));
      return;
    }
    setError(undefined);
    setQuery(q);
  };
  const items = lookup.data?.items ?? [];
  return (
    <form
      role="search"
      aria-label={t("audit.lookup.title")}
      onSubmit={submit}
      noValidate
      className="iz-card iz-audit-lookup"
    >
      <div className="iz-row iz-audit-lookup__row">
        <TextField
          id="audit-lookup"
          label={t("audit.lookup.label")}
          description={t("audit.lookup.hint")}
          error={error}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t("audit.lookup.submit")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {lookup.isFetching && <Paragraph>{t("common.loading")}</Paragraph>}
        {lookup.isError && <Paragraph>{t("common.loadError")}</Paragraph>}
        {lookup.isSuccess && !lookup.isFetching && (
          <Paragraph>
            {lookup.data.truncated
              ? t("audit.lookup.countMore", { count: items.length })
              : t("audit.lookup.count", { count: items.length })}
          </Paragraph>
        )}
      </div>
      {items.length > 0 && (
        <ul className="iz-audit-lookup__list">
          {items.map((y) => (
            <li key={y.id}>
              <Button type="button" appearance="subtle-button" onClick={() => onPick(y.id)}>
                {t("audit.lookup.pick", { name: y.displayName, location: y.location.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
