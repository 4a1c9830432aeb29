/**
 * The caseload on the home page: the first 10 reachable youths, highest level first (the
 * server sorts). A later version will read /api/caseload (level changes, review dates).
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, Heading2, Paragraph } from "../../components/nlds";
import { get } from "../../lib/api";
import { YouthTable } from "./components/YouthTable";
import { retryUnlessClientError } from "./queries";
import type { YouthPage } from "./types";
import "./youths.css";
import "./youths-i18n";

/** Number of youths the widget shows. */
export const CASELOAD_SIZE = 10;

/** The home page block "Jouw jongeren". */
export function CaseloadWidget() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ["youths", "caseload", CASELOAD_SIZE],
    queryFn: () => get<YouthPage>(`/api/youths?limit=${CASELOAD_SIZE}`),
    retry: retryUnlessClientError,
  });
  const youths = query.data?.items ?? [];
  return (
    <section aria-labelledby="caseload-title" className="iz-caseload">
      <Heading2 id="caseload-title">{t("youths.caseload.title")}</Heading2>
      {query.isPending && <Paragraph role="status">{t("common.loading")}</Paragraph>}
      {query.isError && (
        <Alert type="error">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      )}
      {query.isSuccess && youths.length === 0 && (
        <Paragraph>{t("youths.caseload.empty")}</Paragraph>
      )}
      {youths.length > 0 && <YouthTable youths={youths} caption={t("youths.caseload.caption")} />}
      <Paragraph>
        <Link to="/youths">{t("youths.caseload.all")}</Link>
      </Paragraph>
    </section>
  );
}
