/**
 * A choice exercise: radio buttons (one answer) or checkboxes (all that fit), checked by the
 * server; the feedback appears in a live region so screen readers announce it.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { LearnerExerciseView } from "../../../../src/shared/training.schema";
import {
  Button,
  Fieldset,
  FormFieldDescription,
  FormFieldErrorMessage,
} from "../../components/nlds";
import { ChoiceFeedback } from "./ExerciseFeedback";
import { OptionField } from "./OptionField";
import { useAnswerExercise } from "./training-api";

type Choice = Extract<LearnerExerciseView, { kind: "choice" }>;

/** Renders one choice exercise with its feedback. */
export function ChoiceExercise({ moduleId, exercise }: { moduleId: string; exercise: Choice }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const answer = useAnswerExercise(moduleId, exercise.id);
  const result = answer.data?.result.kind === "choice" ? answer.data.result : null;
  const name = `ex-${exercise.id}`;
  const textOf = (id: string) => exercise.options.find((o) => o.id === id)?.text ?? id;

  const toggle = (id: string, on: boolean) => {
    setMissing(false);
    if (!exercise.multiple) setPicked([id]);
    else setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (picked.length === 0) {
      setMissing(true);
      return;
    }
    answer.mutate({ kind: "choice", optionIds: picked });
  };

  return (
    <form onSubmit={submit} noValidate className="iz-card iz-training-exercise">
      <Fieldset legend={exercise.prompt} aria-describedby={missing ? `${name}-error` : undefined}>
        {exercise.multiple && (
          <FormFieldDescription>{t("training.exercise.pickAll")}</FormFieldDescription>
        )}
        {exercise.options.map((o) => (
          <OptionField
            key={o.id}
            id={`${name}-${o.id}`}
            name={name}
            type={exercise.multiple ? "checkbox" : "radio"}
            checked={picked.includes(o.id)}
            onChange={(on) => toggle(o.id, on)}
          >
            {o.text}
          </OptionField>
        ))}
        {missing && (
          <FormFieldErrorMessage id={`${name}-error`}>
            {t("training.exercise.pickFirst")}
          </FormFieldErrorMessage>
        )}
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" disabled={answer.isPending}>
        {t("training.exercise.check")}
      </Button>
      <div aria-live="polite">
        {answer.isError && <p role="alert">{t("training.exercise.error")}</p>}
        {result && <ChoiceFeedback result={result} textOf={textOf} />}
      </div>
    </form>
  );
}
