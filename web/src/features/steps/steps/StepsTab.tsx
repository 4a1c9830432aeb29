/**
 * "Stappen" — the guided route from concern to action (the seed's "mogelijke stappen" and the
 * Meldcode): open safety alerts first, then each open traject, then the closed ones (history).
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Heading2, Heading3, Paragraph } from "../../../components/nlds";
import { useDossier } from "../../youths/dossier/dossier-context";
import { CallLinks } from "../components/CallLinks";
import { useTrajects } from "../queries";
import "../steps.css";
import "../steps-i18n";
import { OpenTrajectForm } from "./OpenTrajectForm";
import { SafetyAlerts } from "./SafetyAlerts";
import { TrajectCard } from "./TrajectCard";
import { QueryState, SavedMessage } from "../../../components/QueryState";

export function StepsTab() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const query = useTrajects(dossier.id);
  const [message, setMessage] = useState("");
  const data = query.data;
  const canChange = data?.abilities["steps.change"] === true;
  const open = (data?.items ?? []).filter((i) => i.status !== "closed");
  const closed = (data?.items ?? []).filter((i) => i.status === "closed");
  const people = data?.responsibleOptions ?? [];
  return (
    <section aria-labelledby="tab-steps" className="iz-steps">
      <Heading2 id="tab-steps">{t("steps.title")}</Heading2>
      <Paragraph>{t("steps.intro")}</Paragraph>
      <div className="iz-steps-emergency">
        <Paragraph>
          <strong>{t("steps.emergencySummary")}</strong>
        </Paragraph>
        <CallLinks />
      </div>
      <SavedMessage message={message} className="iz-steps-message" />
      <QueryState pending={query.isPending} error={query.isError} />
      {data ? (
        <>
          <SafetyAlerts
            youthId={dossier.id}
            alerts={data.safetyAlerts}
            canHandle={data.abilities["safety.handle"]}
            onHandled={setMessage}
          />
          {open.map((tr) => (
            <TrajectCard
              key={tr.id}
              youthId={dossier.id}
              traject={tr}
              people={people}
              canChange={canChange}
              onMessage={setMessage}
            />
          ))}
          {canChange ? <OpenTrajectForm youthId={dossier.id} onOpened={setMessage} /> : null}
          {open.length === 0 && !canChange ? <Paragraph>{t("steps.noneOpen")}</Paragraph> : null}
          {closed.length > 0 ? (
            <section aria-labelledby="steps-closed-title">
              <Heading3 id="steps-closed-title">{t("steps.closedTitle")}</Heading3>
              {closed.map((tr) => (
                <TrajectCard
                  key={tr.id}
                  youthId={dossier.id}
                  traject={tr}
                  people={people}
                  canChange={false}
                  onMessage={setMessage}
                />
              ))}
            </section>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
