/**
 * Ask a youth's circle for access, with a reason (POST /api/youths/:id/access-requests). Used
 * on the "not found or no access" page and in the duplicate warning.
 */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Button, Paragraph } from "../../../components/nlds";
import { ApiError, post } from "../../../lib/api";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { TextareaField } from "../form/Field";
import { fieldId, formProblems } from "../form/form-problems";
import "../youths-i18n";

/** The reason form; `idPrefix` keeps ids unique when several forms are on one page. */
export function AccessRequestForm({ youthId, idPrefix }: { youthId: string; idPrefix: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [attempt, setAttempt] = useState(0);
  const send = useMutation({
    mutationFn: () =>
      post<{ id: string }>(`/api/youths/${encodeURIComponent(youthId)}/access-requests`, {
        reason: reason.trim(),
      }),
  });
  const conflict = send.error instanceof ApiError && send.error.status === 409;
  const tooMany = send.error instanceof ApiError && send.error.status === 429;
  const problems = formProblems(
    t,
    {
      ns: "youths.access.fieldErrors",
      idPrefix,
      fields: ["reason"],
      general: conflict
        ? t("youths.access.alreadyAsked")
        : tooMany
          ? t("youths.access.tooMany")
          : undefined,
    },
    send.error,
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    send.mutate();
  };

  return (
    <div className="iz-access-request">
      <div role="status" aria-live="polite">
        {send.isSuccess && (
          <Alert type="ok">
            <Paragraph>{t("youths.access.sent")}</Paragraph>
          </Alert>
        )}
      </div>
      {!send.isSuccess && (
        <form onSubmit={submit} noValidate>
          <ErrorSummary items={problems.summary} attempt={attempt} />
          <TextareaField
            id={fieldId(idPrefix, "reason")}
            label={t("youths.access.reasonLabel")}
            description={t("youths.access.reasonHint")}
            error={problems.fields.reason}
            required
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button type="submit" appearance="primary-action-button" disabled={send.isPending}>
            {send.isPending ? t("youths.access.sending") : t("youths.access.submit")}
          </Button>
        </form>
      )}
    </div>
  );
}
