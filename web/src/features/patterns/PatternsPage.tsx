/**
 * Patronen (/patterns) for the region's care coordinator (issue 25): entities that the signals
 * of two or more youths share, most youths first and then most recent, as a table or a network.
 * Youths outside reach appear only as a count per region with whom to contact. For every other
 * role the API answers 404 and the screen says the page does not exist.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Button, Heading1, Heading2, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError } from "../../lib/api";
import "./patterns-i18n";
import "./patterns.css";
import { PatternNetwork } from "./PatternNetwork";
import { PatternTable } from "./PatternTable";
import { usePatterns } from "./queries";

export function PatternsPage() {
  const { t } = useTranslation();
  usePageTitle(t("patterns.title"));
  const patterns = usePatterns();
  const [view, setView] = useState<"table" | "network">("table");
  const missing = patterns.error instanceof ApiError && patterns.error.status === 404;
  const items = patterns.data?.items ?? [];
  return (
    <>
      <Heading1>{t("patterns.title")}</Heading1>
      <div role="status" aria-live="polite">
        {patterns.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
      </div>
      {patterns.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(missing ? "patterns.notFound" : "common.loadError")}</Paragraph>
        </Alert>
      )}
      {patterns.isSuccess && (
        <>
          <Paragraph>
            {t("patterns.intro", { region: patterns.data.region ?? t("patterns.noRegion") })}
          </Paragraph>
          <Alert type="info">
            <Paragraph>{t("patterns.safeguard")}</Paragraph>
          </Alert>
          {items.length === 0 ? (
            <Paragraph>{t("patterns.empty")}</Paragraph>
          ) : (
            <>
              <div className="iz-row" role="group" aria-label={t("patterns.viewLabel")}>
                <Button
                  type="button"
                  appearance={
                    view === "table" ? "primary-action-button" : "secondary-action-button"
                  }
                  aria-pressed={view === "table"}
                  onClick={() => setView("table")}
                >
                  {t("patterns.views.table")}
                </Button>
                <Button
                  type="button"
                  appearance={
                    view === "network" ? "primary-action-button" : "secondary-action-button"
                  }
                  aria-pressed={view === "network"}
                  onClick={() => setView("network")}
                >
                  {t("patterns.views.network")}
                </Button>
              </div>
              <Heading2>{t(`patterns.views.${view}`)}</Heading2>
              {view === "table" ? <PatternTable items={items} /> : <PatternNetwork items={items} />}
            </>
          )}
        </>
      )}
    </>
  );
}
