/**
 * The professional's own judgement: "Ik heb een vermoeden" / "Geen vermoeden", with a reason.
 * Recorded beside the computed picture and never overwritten by it.
 */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Fieldset,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
} from "../../../components/nlds";
import { post } from "../../../lib/api";
import { ErrorSummary, type SummaryItem } from "../../../components/ErrorSummary";
import { Field, FieldError } from "../components/Field";
import { generalError } from "../record/problems";
import { useInvalidateYouth } from "../queries";

type Kind = "suspicion" | "no_suspicion";
const KINDS: Kind[] = ["suspicion", "no_suspicion"];

/** The form; after saving it empties and says so in a status message. */
export function JudgementForm({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateYouth();
  const [kind, setKind] = useState<Kind | "">("");
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<{ kind?: string; reason?: string; general?: string }>(
    {},
  );
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState("");
  const save = useMutation({
    mutationFn: (body: { kind: Kind; reason: string }) =>
      post<{ id: string; level: number }>(
        `/api/youths/${encodeURIComponent(youthId)}/judgements`,
        body,
      ),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setAttempt((a) => a + 1);
    setDone("");
    const p: typeof problems = {};
    if (kind === "") p.kind = t("signals.judgement.errors.kind");
    const length = reason.trim().length;
    if (length < 10) p.reason = t("signals.judgement.errors.reasonShort");
    if (length > 2000) p.reason = t("signals.judgement.errors.reasonLong");
    setProblems(p);
    if (kind === "" || p.reason) return;
    save.mutate(
      { kind, reason: reason.trim() },
      {
        onSuccess: () => {
          setKind("");
          setReason("");
          setDone(t("signals.judgement.saved"));
          void invalidate(youthId);
        },
        onError: (error) => setProblems({ general: generalError(t, error) }),
      },
    );
  };

  const summary: SummaryItem[] = [
    ...(problems.kind ? [{ id: "jdg-kind-suspicion", message: problems.kind }] : []),
    ...(problems.reason ? [{ id: "jdg-reason", message: problems.reason }] : []),
    ...(problems.general ? [{ id: null, message: problems.general }] : []),
  ];
  return (
    <form noValidate onSubmit={submit} className="iz-sig-judgement-form">
      <ErrorSummary items={summary} attempt={attempt} />
      <Fieldset
        legend={t("signals.judgement.legend")}
        aria-describedby={problems.kind ? "jdg-kind-error" : undefined}
      >
        {problems.kind ? <FieldError id="jdg-kind-error" message={problems.kind} /> : null}
        {KINDS.map((k) => (
          <div key={k} className="utrecht-form-field utrecht-form-field--radio iz-sig-radio">
            <RadioButton
              id={`jdg-kind-${k}`}
              name="jdg-kind"
              value={k}
              checked={kind === k}
              invalid={!!problems.kind}
              onChange={() => setKind(k)}
            />
            <FormLabel htmlFor={`jdg-kind-${k}`} type="radio" checked={kind === k}>
              {t(`signals.judgement.${k}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      <Field
        id="jdg-reason"
        label={t("signals.judgement.reason")}
        description={t("signals.judgement.reasonHint")}
        required
        error={problems.reason}
      >
        {(c) => (
          <Textarea
            id={c.id}
            rows={3}
            value={reason}
            invalid={c.invalid}
            aria-required="true"
            aria-describedby={c.describedBy}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
        {t("signals.judgement.submit")}
      </Button>
      <div role="status" className="iz-sig-status">
        {done ? <Paragraph>{done}</Paragraph> : null}
      </div>
    </form>
  );
}
