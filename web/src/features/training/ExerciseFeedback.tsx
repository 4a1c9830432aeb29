/** Feedback on a choice or ordering answer: right or not, feedback per answer, and the debrief. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ExerciseResultView } from "../../../../src/shared/training.schema";
import { Paragraph } from "../../components/nlds";
import { missedLabel } from "./missed-label";

type Choice = Extract<ExerciseResultView, { kind: "choice" }>;
type Ordering = Extract<ExerciseResultView, { kind: "ordering" }>;

/** "Goed" or "Niet goed" as text (never colour alone). */
export function Verdict({ correct }: { correct: boolean }) {
  const { t } = useTranslation();
  return (
    <strong className={correct ? "iz-training-ok" : "iz-training-not-ok"}>
      <span aria-hidden="true">{correct ? "✓ " : "✗ "}</span>
      {t(correct ? "training.exercise.right" : "training.exercise.wrong")}
    </strong>
  );
}

/** The frame of all feedback: a summary line, the list, then the debrief. */
function FeedbackShell({
  summary,
  debrief,
  children,
}: {
  summary: string;
  debrief: string | null | undefined;
  children: ReactNode;
}) {
  return (
    <div className="iz-training-feedback">
      <Paragraph>
        <strong>{summary}</strong>
      </Paragraph>
      {children}
      {debrief && <Paragraph>{debrief}</Paragraph>}
    </div>
  );
}

/** Feedback for each chosen option (and correct options missed). */
export function ChoiceFeedback({
  result,
  textOf,
}: {
  result: Choice;
  textOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const missed = missedLabel(result);
  return (
    <FeedbackShell
      summary={t(result.correct ? "training.exercise.allRight" : "training.exercise.notAllRight")}
      debrief={result.debrief}
    >
      <ul className="utrecht-unordered-list">
        {result.chosen.map((c) => (
          <li key={c.optionId}>
            <Verdict correct={c.correct} /> {textOf(c.optionId)}: {c.feedback}
          </li>
        ))}
        {result.missed.map((c) => (
          <li key={c.optionId}>
            <strong>{t(missed.key, { count: missed.count })}</strong> {textOf(c.optionId)}:{" "}
            {c.feedback}
          </li>
        ))}
      </ul>
    </FeedbackShell>
  );
}

/** The right order with, per item, where the learner put it and why. */
export function OrderingFeedback({
  result,
  textOf,
}: {
  result: Ordering;
  textOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <FeedbackShell
      summary={t(result.correct ? "training.exercise.orderRight" : "training.exercise.orderWrong")}
      debrief={result.debrief}
    >
      <ol className="utrecht-ordered-list">
        {result.items.map((item) => (
          <li key={item.itemId}>
            <Verdict correct={item.correct} /> {textOf(item.itemId)}.{" "}
            {!item.correct && t("training.exercise.yourPlace", { n: item.chosenPosition })}{" "}
            {item.feedback}
          </li>
        ))}
      </ol>
    </FeedbackShell>
  );
}
