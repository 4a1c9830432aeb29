/**
 * "Kring": who is (and was) in the youth's circle. Those allowed can add a professional, end a
 * membership with a reason, and decide on access requests. Results are announced.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Heading2, Paragraph } from "../../../../components/nlds";
import { useDossier } from "../../dossier/dossier-context";
import { useCircle } from "../../queries";
import type { CircleMember } from "../../types";
import "../../youths-i18n";
import { AccessRequests } from "./AccessRequests";
import { AddMemberForm } from "./AddMemberForm";
import { EndMembershipForm } from "./EndMembershipForm";
import { CurrentMembersTable, FormerMembersTable } from "./MembersTable";

/** The circle tab of a dossier. */
export function CircleTab() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const circle = useCircle(dossier.id);
  const [message, setMessage] = useState("");
  const [ending, setEnding] = useState<CircleMember | null>(null);
  const canManage = dossier.abilities["circle.manage"] === true;
  const canDecide = dossier.abilities["access.decide"] === true;
  const members = circle.data?.members ?? [];
  const current = members.filter((m) => m.active);
  const former = members.filter((m) => !m.active);

  return (
    <section aria-labelledby="tab-circle">
      <Heading2 id="tab-circle">{t("youths.circle.title")}</Heading2>
      <Paragraph>{t("youths.circle.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {message && (
          <Alert type="ok">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
        {circle.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
      </div>
      {circle.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      )}
      {circle.data && (
        <>
          <CurrentMembersTable
            members={current}
            onEnd={
              canManage
                ? (m) => {
                    setMessage("");
                    setEnding(m);
                  }
                : null
            }
          />
          {ending && (
            <EndMembershipForm
              key={ending.id}
              youthId={dossier.id}
              member={ending}
              onDone={(msg) => {
                setEnding(null);
                if (msg) setMessage(msg);
              }}
            />
          )}
          {canManage && (
            <AddMemberForm youthId={dossier.id} members={current} onAdded={setMessage} />
          )}
          {canDecide && (
            <AccessRequests
              youthId={dossier.id}
              requests={circle.data.accessRequests}
              onDecided={setMessage}
            />
          )}
          {former.length > 0 && <FormerMembersTable members={former} />}
        </>
      )}
    </section>
  );
}
