/** Access requests for this youth: pending ones with approve/decline, then decided ones. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Alert, Button, Heading3, Paragraph } from "../../../../components/nlds";
import { post } from "../../../../lib/api";
import { generalErrorText } from "../../form/form-problems";
import { formatDateTime } from "../../format";
import { youthKeys } from "../../queries";
import type { AccessRequest } from "../../types";
import "../../youths-i18n";

type Decision = "approved" | "declined";

function Requester({ r }: { r: AccessRequest }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <strong>{r.requester.name}</strong> (
      {r.requester.roles.map((x) => t(`roles.${x}`)).join(", ")}, {r.requester.organisation}) —{" "}
      {formatDateTime(r.createdAt)}
    </Paragraph>
  );
}

/** The access-request section of the circle tab (for those with "access.decide"). */
export function AccessRequests({
  youthId,
  requests,
  onDecided,
}: {
  youthId: string;
  requests: AccessRequest[];
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const decide = useMutation({
    mutationFn: (v: { request: AccessRequest; decision: Decision }) =>
      post<void>(`/api/youths/${youthId}/access-requests/${v.request.id}/decision`, {
        decision: v.decision,
      }),
    onSuccess: async (_d, v) => {
      await qc.invalidateQueries({ queryKey: youthKeys.dossier(youthId) });
      onDecided(t(`youths.requests.done.${v.decision}`, { name: v.request.requester.name }));
    },
  });
  const pending = requests.filter((r) => r.status === "pending");
  const decided = requests.filter((r) => r.status !== "pending");

  return (
    <section aria-labelledby="access-requests" className="iz-card">
      <Heading3 id="access-requests">{t("youths.requests.title")}</Heading3>
      {decide.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{generalErrorText(t, decide.error)}</Paragraph>
        </Alert>
      )}
      {pending.length === 0 && <Paragraph>{t("youths.requests.none")}</Paragraph>}
      <ul className="iz-plain-list">
        {pending.map((r) => (
          <li key={r.id} className="iz-request">
            <Requester r={r} />
            <Paragraph>
              {t("youths.requests.reason")} <q>{r.reason}</q>
            </Paragraph>
            <div className="iz-row">
              {(["approved", "declined"] as const).map((decision) => (
                <Button
                  key={decision}
                  type="button"
                  appearance={
                    decision === "approved" ? "primary-action-button" : "secondary-action-button"
                  }
                  disabled={decide.isPending}
                  onClick={() => decide.mutate({ request: r, decision })}
                >
                  {t(`youths.requests.${decision}`)}
                  <span className="iz-visually-hidden">
                    {" "}
                    {t("youths.requests.of", { name: r.requester.name })}
                  </span>
                </Button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      {decided.length > 0 && (
        <details>
          <summary className="iz-target">
            {t("youths.requests.history", { count: decided.length })}
          </summary>
          <ul className="iz-plain-list">
            {decided.map((r) => (
              <li key={r.id}>
                <Requester r={r} />
                <Paragraph>
                  {t(`youths.requests.status.${r.status}`, { defaultValue: r.status })}
                  {r.decidedAt ? ` — ${formatDateTime(r.decidedAt)}` : ""}
                </Paragraph>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
