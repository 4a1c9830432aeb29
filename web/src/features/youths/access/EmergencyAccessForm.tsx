/**
 * "Break the glass" for care coordinators and team leads: a mandatory reason, a clear warning
 * that it is logged and shown to the circle, 24 hours of access.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Button, Paragraph } from "../../../components/nlds";
import { ApiError, post } from "../../../lib/api";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { TextareaField } from "../form/Field";
import { fieldId, formProblems } from "../form/form-problems";
import { youthKeys } from "../queries";
import "../youths-i18n";

const ID = "emergency-";

/** The emergency access form; on success the dossier is loaded again. */
export function EmergencyAccessForm({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState("");
  const [attempt, setAttempt] = useState(0);
  const open = useMutation({
    mutationFn: () =>
      post<{ id: string; expiresAt: string }>(
        `/api/youths/${encodeURIComponent(youthId)}/emergency-access`,
        { reason: reason.trim() },
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: youthKeys.dossier(youthId) }),
  });
  const forbidden = open.error instanceof ApiError && open.error.status === 403;
  const tooMany = open.error instanceof ApiError && open.error.status === 429;
  const problems = formProblems(
    t,
    {
      ns: "youths.emergency.fieldErrors",
      idPrefix: ID,
      fields: ["reason"],
      general: forbidden
        ? t("youths.emergency.notPossible")
        : tooMany
          ? t("youths.emergency.tooMany")
          : undefined,
    },
    open.error,
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    open.mutate();
  };

  return (
    <form onSubmit={submit} noValidate className="iz-card">
      <Alert type="warning">
        <Paragraph>
          <strong>{t("youths.emergency.warningTitle")}</strong>
        </Paragraph>
        <Paragraph>{t("youths.emergency.warning")}</Paragraph>
      </Alert>
      <ErrorSummary items={problems.summary} attempt={attempt} />
      <TextareaField
        id={fieldId(ID, "reason")}
        label={t("youths.emergency.reasonLabel")}
        description={t("youths.emergency.reasonHint")}
        error={problems.fields.reason}
        required
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button
        type="submit"
        appearance="primary-action-button"
        hint="danger"
        disabled={open.isPending}
      >
        {open.isPending ? t("youths.emergency.opening") : t("youths.emergency.submit")}
      </Button>
    </form>
  );
}
