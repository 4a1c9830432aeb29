/**
 * Verwijderlog (/retention) for system admins and privacy officers (issue 22): what the retention
 * job and erasure decisions removed — when, which kind of record, which rule, how many — with the
 * non-reversible reference. No names, ids or content. Below it the terms in effect and, for the
 * privacy officer, the legal holds with their yearly review date.
 */
import { useTranslation } from "react-i18next";
import { Alert, Button, Heading1, Heading2, Paragraph, Table } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError } from "../../lib/api";
import { formatDateTime } from "../youths/format";
import { useDeletionLog, useRetentionOverview } from "./queries";
import "./retention-i18n";

/** A term in days as the screen says it: whole years when it is one, else days. */
function useTerm() {
  const { t } = useTranslation();
  return (days: number) =>
    days % 365 === 0
      ? t("retention.term.years", { count: days / 365 })
      : t("retention.term.days", { count: days });
}

/** "erasure.data_subject_request" → the erasure reason; otherwise the rule id as it is. */
function useRuleLabel() {
  const { t } = useTranslation();
  return (rule: string) =>
    rule.startsWith("erasure.")
      ? t(`retention.erasure.${rule.slice("erasure.".length)}`, { defaultValue: rule })
      : t(`retention.rules.${rule}`, { defaultValue: rule });
}

export function DeletionLogPage() {
  const { t } = useTranslation();
  usePageTitle(t("retention.title"));
  const log = useDeletionLog();
  const overview = useRetentionOverview();
  const term = useTerm();
  const ruleLabel = useRuleLabel();
  const forbidden = log.error instanceof ApiError && log.error.status === 403;
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  const holds = overview.data?.holds ?? [];

  return (
    <>
      <Heading1>{t("retention.title")}</Heading1>
      <Paragraph>{t("retention.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {log.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
      </div>
      {log.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(forbidden ? "retention.forbidden" : "common.loadError")}</Paragraph>
        </Alert>
      )}
      {log.isSuccess && items.length === 0 && <Paragraph>{t("retention.none")}</Paragraph>}
      {items.length > 0 && (
        <Table>
          <caption>{t("retention.caption", { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("retention.columns.at")}</th>
              <th scope="col">{t("retention.columns.recordType")}</th>
              <th scope="col">{t("retention.columns.rule")}</th>
              <th scope="col">{t("retention.columns.rows")}</th>
              <th scope="col">{t("retention.columns.reference")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <td>
                  <time dateTime={d.at}>{formatDateTime(d.at)}</time>
                </td>
                <td>
                  {t(`retention.recordTypes.${d.recordType}`, { defaultValue: d.recordType })}
                </td>
                <td>{ruleLabel(d.rule)}</td>
                <td>{d.rows}</td>
                <td>
                  <code>{d.reference.slice(0, 16)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {log.hasNextPage && (
        <Button
          appearance="secondary-action-button"
          onClick={() => void log.fetchNextPage()}
          disabled={log.isFetchingNextPage}
        >
          {t("retention.loadMore")}
        </Button>
      )}
      <Paragraph>{t("retention.referenceHelp")}</Paragraph>

      {overview.isSuccess && (
        <>
          <Heading2>{t("retention.termsTitle")}</Heading2>
          <Paragraph>{t("retention.termsIntro")}</Paragraph>
          <Table>
            <caption>{t("retention.termsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("retention.columns.recordType")}</th>
                <th scope="col">{t("retention.columns.term")}</th>
                <th scope="col">{t("retention.columns.default")}</th>
                <th scope="col">{t("retention.columns.dpo")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.data.rules.map((r) => (
                <tr key={r.ruleId}>
                  <td>
                    {t(`retention.recordTypes.${r.recordType}`, { defaultValue: r.recordType })}
                  </td>
                  <td>{term(r.days)}</td>
                  <td>{term(r.defaultDays)}</td>
                  <td>{t(r.needsDpoDecision ? "retention.dpo.yes" : "retention.dpo.no")}</td>
                </tr>
              ))}
              <tr>
                <td>{t("retention.maxAge")}</td>
                <td>{t("retention.term.years", { count: overview.data.maxAgeYears })}</td>
                <td>{t("retention.term.years", { count: 23 })}</td>
                <td>{t("retention.dpo.yes")}</td>
              </tr>
            </tbody>
          </Table>
        </>
      )}

      {overview.isSuccess && holds.length > 0 && (
        <>
          <Heading2>{t("retention.holdsTitle")}</Heading2>
          <Table>
            <caption>{t("retention.holdsCaption", { count: holds.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("retention.columns.youth")}</th>
                <th scope="col">{t("retention.columns.placedAt")}</th>
                <th scope="col">{t("retention.columns.reviewDueAt")}</th>
              </tr>
            </thead>
            <tbody>
              {holds.map((h) => (
                <tr key={h.id}>
                  <td>
                    <code>{h.youthId}</code>
                  </td>
                  <td>
                    <time dateTime={h.placedAt}>{formatDateTime(h.placedAt)}</time>
                  </td>
                  <td>
                    <time dateTime={h.reviewDueAt}>{formatDateTime(h.reviewDueAt)}</time>
                    {h.reviewDue && <strong> {t("retention.reviewDue")}</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
