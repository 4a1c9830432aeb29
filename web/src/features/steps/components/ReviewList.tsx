/**
 * Review dates of a traject or a missing episode: due, responsible, urgency (overdue stands
 * out in text, not only colour), and a form to record a review as done with the next date.
 */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { PersonRef, ReviewView } from "../../../../../src/shared/steps-view.schema";
import { Button, Heading4, Paragraph, StatusBadge } from "../../../components/nlds";
import { post } from "../../../lib/api";
import { SelectField, TextField, TextareaField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { formatDate, formatDateTime } from "../../youths/format";
import { useRefreshYouth, youthPath } from "../queries";
import { clean, today } from "../values";
import { MutationProblems, problemsOf } from "./MutationProblems";
import "../steps-i18n";

function DoneForm({
  youthId,
  review,
  people,
  canNext,
}: {
  youthId: string;
  review: ReviewView;
  people: PersonRef[];
  canNext: boolean;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshYouth(youthId);
  const prefix = `review-${review.id}-`;
  const [outcome, setOutcome] = useState("");
  const [next, setNext] = useState("");
  const [responsible, setResponsible] = useState(review.responsible.id);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation({
    mutationFn: () =>
      post(youthPath(youthId, `reviews/${review.id}/done`), {
        version: review.version,
        ...clean({ outcome, nextReviewOn: next, responsibleId: next ? responsible : "" }),
      }),
    onSuccess: refresh,
  });
  const problems = problemsOf(t, prefix, ["outcome", "nextReviewOn", "responsibleId"], save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    save.mutate();
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="iz-steps-subform"
      // Each review's form is a landmark of its own, so its name says which review it is
      // (axe landmark-unique: an open episode has three).
      aria-label={t("steps.reviews.doneTitle", {
        kind: t(`steps.reviews.kind.${review.kind}`),
        date: formatDate(review.dueAt),
      })}
    >
      <MutationProblems
        error={save.error}
        problems={problems}
        attempt={attempt}
        onReload={() => void refresh()}
      />
      <TextareaField
        id={fieldId(prefix, "outcome")}
        label={t("steps.reviews.outcome")}
        required
        rows={3}
        value={outcome}
        error={problems.fields.outcome}
        onChange={(e) => setOutcome(e.target.value)}
      />
      {canNext ? (
        <>
          <TextField
            id={fieldId(prefix, "nextReviewOn")}
            type="date"
            min={today()}
            label={t("steps.reviews.next")}
            description={t("steps.reviews.nextHint")}
            value={next}
            error={problems.fields.nextReviewOn}
            onChange={(e) => setNext(e.target.value)}
          />
          <SelectField
            id={fieldId(prefix, "responsibleId")}
            label={t("steps.reviews.responsible")}
            value={responsible}
            error={problems.fields.responsibleId}
            onChange={(e) => setResponsible(e.target.value)}
          >
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {t("steps.person", { name: p.name, organisation: p.organisation })}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
      <Button type="submit" appearance="secondary-action-button" busy={save.isPending}>
        {t("steps.reviews.markDone")}
      </Button>
    </form>
  );
}

/**
 * The reviews with their state; open ones can be recorded as done when `canChange`. `compact`
 * (the missing page) shows each review on one line with its form folded away.
 */
export function ReviewList({
  youthId,
  reviews,
  people,
  canChange,
  canNext = true,
  compact = false,
}: {
  youthId: string;
  reviews: ReviewView[];
  people: PersonRef[];
  canChange: boolean;
  canNext?: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (reviews.length === 0) return <Paragraph>{t("steps.reviews.none")}</Paragraph>;
  if (compact)
    return (
      <CompactReviews
        youthId={youthId}
        reviews={reviews}
        people={people}
        canChange={canChange}
        canNext={canNext}
      />
    );
  return (
    <ul className="iz-steps-reviews">
      {reviews.map((r) => {
        const open = !r.doneAt && !r.cancelledAt;
        const state = r.doneAt ? "done" : r.cancelledAt ? "cancelled" : r.urgency;
        return (
          <li key={r.id} className={`iz-steps-review iz-steps-review--${state}`}>
            <Heading4>
              {t(`steps.reviews.kind.${r.kind}`)} — {formatDate(r.dueAt)}{" "}
              <StatusBadge>{t(`steps.reviews.state.${state}`)}</StatusBadge>
            </Heading4>
            <Paragraph>
              {t("steps.reviews.responsibleLine", {
                name: r.responsible.name,
                organisation: r.responsible.organisation,
              })}
            </Paragraph>
            {r.doneAt ? (
              <Paragraph>
                {t("steps.reviews.doneLine", {
                  when: formatDateTime(r.doneAt),
                  name: r.doneBy?.name ?? "",
                })}{" "}
                {r.outcome}
              </Paragraph>
            ) : null}
            {open && canChange ? (
              <DoneForm youthId={youthId} review={r} people={people} canNext={canNext} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** One line per review; the form to record an open one is folded away under its line. */
function CompactReviews({
  youthId,
  reviews,
  people,
  canChange,
  canNext,
}: {
  youthId: string;
  reviews: ReviewView[];
  people: PersonRef[];
  canChange: boolean;
  canNext: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="iz-steps-reviews">
      {reviews.map((r) => {
        const open = !r.doneAt && !r.cancelledAt;
        const state = r.doneAt ? "done" : r.cancelledAt ? "cancelled" : r.urgency;
        const kind = t(`steps.reviews.kind.${r.kind}`);
        return (
          <li key={r.id} className={`iz-steps-review iz-steps-review--${state}`}>
            <Paragraph>
              <strong>
                {kind} — {formatDate(r.dueAt)}
              </strong>{" "}
              <StatusBadge>{t(`steps.reviews.state.${state}`)}</StatusBadge>{" "}
              {t("steps.reviews.responsibleLine", {
                name: r.responsible.name,
                organisation: r.responsible.organisation,
              })}
            </Paragraph>
            {r.doneAt ? (
              <Paragraph>
                {t("steps.reviews.doneLine", {
                  when: formatDateTime(r.doneAt),
                  name: r.doneBy?.name ?? "",
                })}{" "}
                {r.outcome}
              </Paragraph>
            ) : null}
            {open && canChange ? (
              <details className="iz-steps-adjust">
                <summary>
                  {t("steps.reviews.doneTitle", { kind, date: formatDate(r.dueAt) })}
                </summary>
                <DoneForm youthId={youthId} review={r} people={people} canNext={canNext} />
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
