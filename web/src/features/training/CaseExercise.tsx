/**
 * The case exercise: the learner decides step by step. After each decision the server's
 * feedback is announced (live region) and the next situation appears; at the end a summary and
 * the debrief. "Opnieuw" starts the case again.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { LearnerExerciseView } from "../../../../src/shared/training.schema";
import {
  Button,
  Fieldset,
  FormFieldErrorMessage,
  Heading4,
  Paragraph,
} from "../../components/nlds";
import { Verdict } from "./ExerciseFeedback";
import { ModuleText } from "./ModuleText";
import { OptionField } from "./OptionField";
import { useAnswerExercise } from "./training-api";

type Case = Extract<LearnerExerciseView, { kind: "case" }>;

/** Renders the case with its decisions so far and the current step. */
export function CaseExercise({ moduleId, exercise }: { moduleId: string; exercise: Case }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [current, setCurrent] = useState("");
  const [missing, setMissing] = useState(false);
  const answer = useAnswerExercise(moduleId, exercise.id);
  const result = answer.data?.result.kind === "case" ? answer.data.result : null;
  const decided = exercise.steps.filter((s) => s.id in choices);
  const step = exercise.steps[decided.length];
  const last = decided.at(-1);
  const feedbackOf = (stepId: string) =>
    result?.steps.find((s) => s.stepId === stepId)?.chosen ?? null;
  const optionText = (stepId: string, optionId: string) =>
    exercise.steps.find((s) => s.id === stepId)?.options.find((o) => o.id === optionId)?.text ??
    optionId;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!step) return;
    if (!current) {
      setMissing(true);
      return;
    }
    const next = { ...choices, [step.id]: current };
    answer.mutate(
      { kind: "case", choices: next },
      {
        onSuccess: () => {
          setChoices(next);
          setCurrent("");
        },
      },
    );
  };
  const restart = () => {
    setChoices({});
    setCurrent("");
    answer.reset();
  };

  return (
    <div className="iz-card iz-training-exercise">
      <ModuleText text={exercise.prompt} />
      {decided.length > 0 && (
        <ol className="iz-training-case-steps">
          {decided.map((s) => {
            const fb = feedbackOf(s.id);
            return (
              <li key={s.id}>
                <Paragraph>{s.situation}</Paragraph>
                <Paragraph>
                  {t("training.case.yourChoice")} {optionText(s.id, choices[s.id] ?? "")}
                </Paragraph>
                {fb && (
                  <Paragraph>
                    <Verdict correct={fb.correct} /> {fb.feedback}
                  </Paragraph>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div aria-live="polite" className="iz-visually-hidden">
        {last && feedbackOf(last.id)?.feedback}
      </div>
      {step ? (
        <form onSubmit={submit} noValidate>
          <Heading4>
            {t("training.case.stepOf", { n: decided.length + 1, total: exercise.steps.length })}
          </Heading4>
          <Fieldset legend={step.situation}>
            {step.options.map((o) => (
              <OptionField
                key={o.id}
                id={`case-${exercise.id}-${step.id}-${o.id}`}
                name={`case-${exercise.id}-${step.id}`}
                type="radio"
                checked={current === o.id}
                onChange={() => {
                  setCurrent(o.id);
                  setMissing(false);
                }}
              >
                {o.text}
              </OptionField>
            ))}
            {missing && (
              <FormFieldErrorMessage>{t("training.exercise.pickFirst")}</FormFieldErrorMessage>
            )}
          </Fieldset>
          <Button type="submit" appearance="primary-action-button" disabled={answer.isPending}>
            {t("training.case.choose")}
          </Button>
          {answer.isError && <p role="alert">{t("training.exercise.error")}</p>}
        </form>
      ) : (
        <div role="status">
          <Paragraph>
            <strong>
              {t("training.case.summary", {
                advised: result?.advisedCount ?? 0,
                total: exercise.steps.length,
              })}
            </strong>
          </Paragraph>
          {result?.debrief && <Paragraph>{result.debrief}</Paragraph>}
          <Button type="button" appearance="secondary-action-button" onClick={restart}>
            {t("training.case.restart")}
          </Button>
        </div>
      )}
    </div>
  );
}
