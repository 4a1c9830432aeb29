/**
 * "Vermissing" — the protocol when a youth disappears from sight: record it, the immediate
 * checklist with times, reviews while missing, the police summary, the return and closing.
 * Episodes stay in history (they count as a vulnerability in the picture).
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Heading2, Heading3, Paragraph } from "../../../components/nlds";
import { useDossier } from "../../youths/dossier/dossier-context";
import { useEpisodes, useTrajects } from "../queries";
import "../steps.css";
import "../steps-i18n";
import { EpisodeCard } from "./EpisodeCard";
import { OpenEpisodeForm } from "./OpenEpisodeForm";
import { QueryState, SavedMessage } from "../../../components/QueryState";

export function MissingTab() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const query = useEpisodes(dossier.id);
  const people = useTrajects(dossier.id).data?.responsibleOptions ?? [];
  const [message, setMessage] = useState("");
  const data = query.data;
  const ongoing = (data?.items ?? []).filter((e) => e.status !== "closed");
  const closed = (data?.items ?? []).filter((e) => e.status === "closed");
  const missingNow = ongoing.some((e) => e.status === "missing");
  return (
    <section aria-labelledby="tab-missing" className="iz-steps">
      <Heading2 id="tab-missing">{t("steps.missing.title")}</Heading2>
      <Paragraph>{t("steps.missing.intro")}</Paragraph>
      <SavedMessage message={message} />
      <QueryState pending={query.isPending} error={query.isError} />
      {missingNow ? (
        <Alert type="error">
          <Paragraph>{t("steps.missing.nowMissing", { name: dossier.displayName })}</Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <>
          {ongoing.map((e) => (
            <EpisodeCard
              key={e.id}
              youthId={dossier.id}
              episode={e}
              canChange={data.abilities.change}
              canExport={data.abilities.exportSummary}
              people={people}
              onDone={setMessage}
            />
          ))}
          {data.abilities.change && !missingNow ? (
            <OpenEpisodeForm youthId={dossier.id} onDone={setMessage} />
          ) : null}
          <section aria-labelledby="missing-history-title">
            <Heading3 id="missing-history-title">{t("steps.missing.historyTitle")}</Heading3>
            {closed.length === 0 ? <Paragraph>{t("steps.missing.noHistory")}</Paragraph> : null}
            {closed.map((e) => (
              <EpisodeCard
                key={e.id}
                youthId={dossier.id}
                episode={e}
                canChange={false}
                canExport={data.abilities.exportSummary}
                people={people}
                onDone={setMessage}
              />
            ))}
          </section>
        </>
      ) : null}
    </section>
  );
}
