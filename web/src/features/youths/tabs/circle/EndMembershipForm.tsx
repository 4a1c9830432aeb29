/** End one circle membership with a reason (DELETE /api/youths/:id/circle/:memberId). */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading3 } from "../../../../components/nlds";
import { del } from "../../../../lib/api";
import { ErrorSummary } from "../../../../components/ErrorSummary";
import { TextareaField } from "../../form/Field";
import { fieldId, formProblems } from "../../form/form-problems";
import { youthKeys } from "../../queries";
import type { CircleMember } from "../../types";
import "../../youths-i18n";

const ID = "end-member-";

/** The form; `onDone(message)` closes it (message null when cancelled). */
export function EndMembershipForm({
  youthId,
  member,
  onDone,
}: {
  youthId: string;
  member: CircleMember;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState("");
  const [attempt, setAttempt] = useState(0);
  const end = useMutation({
    mutationFn: () =>
      del<void>(`/api/youths/${youthId}/circle/${member.id}`, { reason: reason.trim() }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: youthKeys.dossier(youthId) });
      onDone(t("youths.circle.ended", { name: member.name }));
    },
  });
  const problems = formProblems(
    t,
    { ns: "youths.circle.fieldErrors", idPrefix: ID, fields: ["reason"] },
    end.error,
  );
  useEffect(() => {
    document.getElementById(fieldId(ID, "reason"))?.focus();
  }, [member.id]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    end.mutate();
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="iz-card iz-form"
      aria-labelledby="end-member-title"
    >
      <Heading3 id="end-member-title">
        {t("youths.circle.endTitle", { name: member.name })}
      </Heading3>
      <ErrorSummary items={problems.summary} attempt={attempt} />
      <TextareaField
        id={fieldId(ID, "reason")}
        label={t("youths.circle.endReason")}
        description={t("youths.circle.endReasonHint")}
        error={problems.fields.reason}
        required
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="iz-row">
        <Button type="submit" appearance="primary-action-button" disabled={end.isPending}>
          {t("youths.circle.endSubmit")}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(null)}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
