/**
 * Achtergrondtaken (/admin/jobs) for the system admin: the jobs that failed on every attempt
 * (dead letters) — which job, how often it was tried, its last error message and when. Never
 * the job's data and no dossier content (issue 21, ADR 0018).
 */
import { useTranslation } from "react-i18next";
import { Alert, Heading1, Paragraph, Table } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError } from "../../lib/api";
import { formatDateTime } from "../youths/format";
import "./admin-i18n";
import { useDeadLetters } from "./queries";

export function DeadLettersPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.jobs.title"));
  const dead = useDeadLetters();
  const forbidden = dead.error instanceof ApiError && dead.error.status === 403;
  const items = dead.data?.items ?? [];

  return (
    <>
      <Heading1>{t("admin.jobs.title")}</Heading1>
      <Paragraph>{t("admin.jobs.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {dead.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
      </div>
      {dead.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(forbidden ? "admin.forbidden" : "common.loadError")}</Paragraph>
        </Alert>
      )}
      {dead.isSuccess && items.length === 0 && <Paragraph>{t("admin.jobs.none")}</Paragraph>}
      {dead.isSuccess && items.length > 0 && (
        <Table>
          <caption>{t("admin.jobs.caption", { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.jobs.columns.name")}</th>
              <th scope="col">{t("admin.jobs.columns.attempts")}</th>
              <th scope="col">{t("admin.jobs.columns.error")}</th>
              <th scope="col">{t("admin.jobs.columns.failedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <td>
                  <code>{d.name}</code>
                </td>
                <td>{d.attempts}</td>
                <td>{d.error ?? t("admin.jobs.noError")}</td>
                <td>
                  {d.failedAt ? (
                    <time dateTime={d.failedAt}>{formatDateTime(d.failedAt)}</time>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {dead.isSuccess && <Paragraph>{t(`admin.jobs.engine.${dead.data.engine}`)}</Paragraph>}
    </>
  );
}
