/**
 * The caseload on the home page: the first 10 youths by level, then most recent change
 * (GET /api/caseload), with a link to the full caseload page.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, Heading2, Paragraph } from "../../../components/nlds";
import { useCaseload } from "../queries";
import "../signals.css";
import "../signals-i18n";
import { CaseloadTable } from "./CaseloadTable";

/** Youths shown on the home page. */
export const WIDGET_SIZE = 10;

/** The home page block "Jouw jongeren, op volgorde van zorg". */
export function CaseloadWidget() {
  const { t } = useTranslation();
  const query = useCaseload({}, WIDGET_SIZE);
  const items = query.data?.pages[0]?.items ?? [];
  return (
    <section aria-labelledby="caseload-widget" className="iz-sig-caseload-widget">
      <Heading2 id="caseload-widget">{t("signals.caseload.widgetTitle")}</Heading2>
      <Paragraph>{t("signals.caseload.intro")}</Paragraph>
      {query.isPending ? <Paragraph role="status">{t("common.loading")}</Paragraph> : null}
      {query.isError ? (
        <Alert type="error">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      ) : null}
      {query.isSuccess && items.length === 0 ? (
        <Paragraph>{t("signals.caseload.empty")}</Paragraph>
      ) : null}
      {items.length > 0 ? (
        <CaseloadTable items={items} caption={t("signals.caseload.widgetCaption")} />
      ) : null}
      <Paragraph>
        <Link to="/caseload">{t("signals.caseload.all")}</Link>
      </Paragraph>
    </section>
  );
}
