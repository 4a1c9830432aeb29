/**
 * Open safety alerts ("danger now" from a safety check): level 4 until the circle records that
 * the acute danger is handled. Shows 112 and Veilig Thuis as click-to-call links.
 */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { SafetyAlertView } from "../../../../../src/shared/steps-view.schema";
import { Alert, Button, Heading3, Paragraph } from "../../../components/nlds";
import { post } from "../../../lib/api";
import { TextareaField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { formatDateTime } from "../../youths/format";
import { CallLinks } from "../components/CallLinks";
import { MutationProblems, problemsOf } from "../components/MutationProblems";
import { useRefreshYouth, youthPath } from "../queries";

function HandleForm({
  youthId,
  alert,
  onHandled,
}: {
  youthId: string;
  alert: SafetyAlertView;
  onHandled: (m: string) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshYouth(youthId);
  const prefix = `alert-${alert.id}-`;
  const [note, setNote] = useState("");
  const [attempt, setAttempt] = useState(0);
  const handle = useMutation({
    mutationFn: () =>
      post(youthPath(youthId, `safety-alerts/${alert.id}/handled`), { note: note.trim() }),
    onSuccess: async () => {
      await refresh();
      onHandled(t("steps.alerts.handledDone"));
    },
  });
  const problems = problemsOf(t, prefix, ["note"], handle.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    handle.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("steps.alerts.handleTitle")}>
      <MutationProblems
        error={handle.error}
        problems={problems}
        attempt={attempt}
        onReload={() => void refresh()}
      />
      <TextareaField
        id={fieldId(prefix, "note")}
        label={t("steps.alerts.note")}
        required
        rows={2}
        value={note}
        error={problems.fields.note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={handle.isPending}>
        {t("steps.alerts.handle")}
      </Button>
    </form>
  );
}

export function SafetyAlerts({
  youthId,
  alerts,
  canHandle,
  onHandled,
}: {
  youthId: string;
  alerts: SafetyAlertView[];
  canHandle: boolean;
  onHandled: (m: string) => void;
}) {
  const { t } = useTranslation();
  const open = alerts.filter((a) => !a.handledAt);
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="steps-alerts-title" className="iz-steps-alerts">
      <Alert type="error">
        <Heading3 id="steps-alerts-title">{t("steps.alerts.title")}</Heading3>
        <Paragraph>{t("steps.alerts.intro")}</Paragraph>
        <CallLinks />
        {open.map((a) => (
          <div key={a.id} className="iz-steps-alert">
            <Paragraph>
              {t("steps.alerts.raised", {
                when: formatDateTime(a.raisedAt),
                name: a.raisedBy.name,
                organisation: a.raisedBy.organisation,
              })}
            </Paragraph>
            {canHandle ? <HandleForm youthId={youthId} alert={a} onHandled={onHandled} /> : null}
          </div>
        ))}
      </Alert>
    </section>
  );
}
