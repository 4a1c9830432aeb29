/**
 * Toegangslog (/audit) for the privacy officer (NEN 7513): filter by youth, user, action and
 * period; a table of entries with emergency access flagged; older entries via nextCursor;
 * CSV export with the same filters. Reading the log is itself logged by the server.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Alert, Button, Heading1, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError, get } from "../../lib/api";
import { formProblems } from "../youths/form/form-problems";
import "../youths/youths.css";
import "./audit.css";
import { filtersFromParams, filtersToParams, AUDIT_FILTER_FIELDS } from "./audit-filters";
import "./audit-i18n";
import { AUDIT_ID, AuditFilterForm } from "./AuditFilterForm";
import { AuditTable } from "./AuditTable";
import { AuditYouthLookup } from "./AuditYouthLookup";
import type { AccessLogPage } from "./types";

function useAccessLog(query: string) {
  return useInfiniteQuery({
    queryKey: ["audit", query],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(query);
      params.set("limit", "100");
      if (pageParam !== null) params.set("cursor", String(pageParam));
      return get<AccessLogPage>(`/api/audit?${params.toString()}`);
    },
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: false,
  });
}

/** The page at /audit. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t("audit.title"));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = filtersToParams(filters).toString();
  const log = useAccessLog(query);
  const [attempt, setAttempt] = useState(0);
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  const youthName = entries.find((e) => e.youthId === filters.youthId)?.youthName ?? null;
  const forbidden = log.error instanceof ApiError && log.error.status === 403;
  const invalid = log.error instanceof ApiError && log.error.status === 400;
  const problems = formProblems(
    t,
    { ns: "audit.fieldErrors", idPrefix: AUDIT_ID, fields: AUDIT_FILTER_FIELDS },
    invalid ? log.error : null,
  );

  return (
    <>
      <Heading1>{t("audit.title")}</Heading1>
      <Paragraph>{t("audit.intro")}</Paragraph>
      <AuditYouthLookup
        onPick={(youthId) => {
          setAttempt((n) => n + 1);
          setParams(filtersToParams({ ...filters, youthId }));
        }}
      />
      <AuditFilterForm
        key={query}
        filters={filters}
        problems={problems}
        attempt={attempt}
        onSearch={(f) => {
          setAttempt((n) => n + 1);
          setParams(filtersToParams(f));
        }}
      />
      {filters.youthId && youthName ? (
        <Paragraph>
          <strong>{t("audit.forYouth", { name: youthName })}</strong>
        </Paragraph>
      ) : null}
      <div role="status" aria-live="polite">
        {log.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
        {log.isSuccess && (
          <Paragraph>
            {t(log.hasNextPage ? "audit.countMore" : "audit.count", { count: entries.length })}
          </Paragraph>
        )}
      </div>
      {log.isError && !invalid && (
        <Alert type="error" role="alert">
          <Paragraph>{t(forbidden ? "audit.forbidden" : "common.loadError")}</Paragraph>
        </Alert>
      )}
      {log.isSuccess && (
        <Paragraph>
          <a href={`/api/audit.csv${query ? `?${query}` : ""}`} download className="iz-target">
            {t("audit.exportCsv")}
          </a>
        </Paragraph>
      )}
      {entries.length > 0 && <AuditTable entries={entries} filters={filters} />}
      {log.hasNextPage && (
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {log.isFetchingNextPage ? t("common.loading") : t("audit.loadMore")}
        </Button>
      )}
    </>
  );
}
