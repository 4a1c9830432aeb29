/**
 * The knowledge check: all questions at once; after sending, the score, pass or not, and an
 * explanation per answer. Retakes are always allowed; the best score counts.
 */
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ModuleDetail } from "../../../../src/shared/training.schema";
import { Alert, Button, Fieldset, Paragraph } from "../../components/nlds";
import { Verdict } from "./ExerciseFeedback";
import { OptionField } from "./OptionField";
import { percent } from "./StatusLabel";
import { useSubmitQuiz } from "./training-api";

type Quiz = ModuleDetail["module"]["quiz"];

/** Renders the check for one module. */
export function KnowledgeCheck({ moduleId, quiz }: { moduleId: string; quiz: Quiz }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const submit = useSubmitQuiz(moduleId);
  const result = submit.data?.result ?? null;
  const byQuestion = new Map((result?.perQuestion ?? []).map((q) => [q.questionId, q]));

  const send = (e: FormEvent) => {
    e.preventDefault();
    const open = quiz.questions.filter((q) => !answers[q.id]).length;
    setMissing(open);
    if (open > 0) {
      summary.current?.focus();
      return;
    }
    submit.mutate(answers, { onSuccess: () => summary.current?.focus() });
  };
  const retake = () => {
    setAnswers({});
    setMissing(0);
    submit.reset();
  };

  return (
    <form onSubmit={send} noValidate className="iz-card iz-training-quiz">
      <Paragraph>
        {t("training.quiz.intro", {
          count: quiz.questions.length,
          score: percent(quiz.passingScore),
        })}
      </Paragraph>
      <div ref={summary} tabIndex={-1} aria-live="polite" className="iz-training-quiz__summary">
        {missing > 0 && (
          <Alert type="warning">
            <Paragraph>{t("training.quiz.missing", { count: missing })}</Paragraph>
          </Alert>
        )}
        {result && (
          <Alert type={result.passed ? "ok" : "warning"}>
            <Paragraph>
              <strong>
                {t("training.quiz.score", {
                  correct: result.correctCount,
                  total: result.total,
                  score: percent(result.score),
                })}
              </strong>{" "}
              {t(result.passed ? "training.quiz.passed" : "training.quiz.failed", {
                score: percent(quiz.passingScore),
              })}
            </Paragraph>
          </Alert>
        )}
      </div>
      {quiz.questions.map((q, n) => {
        const r = byQuestion.get(q.id);
        const right = q.options.find((o) => o.id === r?.correctOptionId);
        return (
          <Fieldset key={q.id} legend={`${n + 1}. ${q.text}`}>
            {q.options.map((o) => (
              <OptionField
                key={o.id}
                id={`quiz-${moduleId}-${q.id}-${o.id}`}
                name={`quiz-${q.id}`}
                type="radio"
                checked={answers[q.id] === o.id}
                disabled={result !== null}
                onChange={() => setAnswers((a) => ({ ...a, [q.id]: o.id }))}
              >
                {o.text}
              </OptionField>
            ))}
            {r && (
              <Paragraph className="iz-training-feedback">
                <Verdict correct={r.correct} /> {r.explanation}{" "}
                {!r.correct && right && t("training.quiz.rightAnswer", { answer: right.text })}
              </Paragraph>
            )}
          </Fieldset>
        );
      })}
      {result ? (
        <Button type="button" appearance="secondary-action-button" onClick={retake}>
          {t("training.quiz.retake")}
        </Button>
      ) : (
        <Button type="submit" appearance="primary-action-button" disabled={submit.isPending}>
          {t("training.quiz.submit")}
        </Button>
      )}
      {submit.isError && <p role="alert">{t("training.exercise.error")}</p>}
    </form>
  );
}
