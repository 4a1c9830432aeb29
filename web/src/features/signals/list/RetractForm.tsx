/**
 * Retracting a signal with a reason (append-only: the signal stays, marked "ingetrokken").
 * The server decides who may retract; a refusal (403) or "already retracted" (409) is shown as
 * a clear message, not an error page.
 */
import { useMutation } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Button, Paragraph, Textarea } from "../../../components/nlds";
import { ApiError, post } from "../../../lib/api";
import { Field } from "../components/Field";
import { generalError } from "../record/problems";
import { useInvalidateYouth } from "../queries";

/** Messages for answers that are not a field problem. */
function retractError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.status === 403) return t("signals.retract.forbidden");
  if (error instanceof ApiError && error.status === 409) return t("signals.retract.already");
  if (error instanceof ApiError && error.status === 400) return t("signals.retract.reasonShort");
  return generalError(t, error);
}

/** A button that opens the form; the form asks for the reason. */
export function RetractForm({ youthId, signalId }: { youthId: string; signalId: string }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateYouth();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | undefined>();
  const id = `retract-${signalId}`;
  const retract = useMutation({
    mutationFn: (r: string) =>
      post<{ level: number }>(
        `/api/youths/${encodeURIComponent(youthId)}/signals/${encodeURIComponent(signalId)}/retraction`,
        { reason: r },
      ),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (retract.isPending) return;
    if (reason.trim().length < 5) {
      setError(t("signals.retract.reasonShort"));
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    setServerError(undefined);
    retract.mutate(reason.trim(), {
      onSuccess: () => void invalidate(youthId),
      onError: (err) => setServerError(retractError(t, err)),
    });
  };
  if (!open)
    return (
      <Button
        type="button"
        appearance="secondary-action-button"
        aria-expanded="false"
        aria-controls={`${id}-form`}
        onClick={() => setOpen(true)}
      >
        {t("signals.retract.open")}
      </Button>
    );
  return (
    <form id={`${id}-form`} noValidate onSubmit={submit} className="iz-sig-retract">
      <Paragraph>{t("signals.retract.intro")}</Paragraph>
      <Field id={id} label={t("signals.retract.reason")} required error={error}>
        {(c) => (
          <Textarea
            id={c.id}
            rows={2}
            value={reason}
            autoFocus
            invalid={c.invalid}
            aria-required="true"
            aria-describedby={c.describedBy}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <div className="iz-row">
        <Button type="submit" appearance="primary-action-button" busy={retract.isPending}>
          {t("signals.retract.submit")}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </Button>
      </div>
      <div role="alert">
        {serverError ? (
          <Alert type="error">
            <Paragraph>{serverError}</Paragraph>
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
