/**
 * An ordering exercise that works by keyboard: every item has "Omhoog" and "Omlaag" buttons.
 * After a move, focus stays with the moved item and a live region says where it is now.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { LearnerExerciseView } from "../../../../src/shared/training.schema";
import { Button, Fieldset } from "../../components/nlds";
import { OrderingFeedback } from "./ExerciseFeedback";
import { useAnswerExercise } from "./training-api";

type Ordering = Extract<LearnerExerciseView, { kind: "ordering" }>;
type Direction = "up" | "down";

/** Renders one ordering exercise with its feedback. */
export function OrderingExercise({ moduleId, exercise }: { moduleId: string; exercise: Ordering }) {
  const { t } = useTranslation();
  const [order, setOrder] = useState(() => exercise.items.map((i) => i.id));
  const [announcement, setAnnouncement] = useState("");
  const focusNext = useRef<{ id: string; direction: Direction } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const answer = useAnswerExercise(moduleId, exercise.id);
  const result = answer.data?.result.kind === "ordering" ? answer.data.result : null;
  const textOf = (id: string) => exercise.items.find((i) => i.id === id)?.text ?? id;

  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    focusNext.current = null;
    const pos = order.indexOf(want.id);
    const blocked =
      (want.direction === "up" && pos === 0) ||
      (want.direction === "down" && pos === order.length - 1);
    const direction: Direction = blocked
      ? want.direction === "up"
        ? "down"
        : "up"
      : want.direction;
    buttons.current.get(`${want.id}:${direction}`)?.focus();
  }, [order]);

  const move = (id: string, direction: Direction) => {
    const from = order.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    focusNext.current = { id, direction };
    setOrder(next);
    setAnnouncement(
      t("training.exercise.moved", { item: textOf(id), n: to + 1, total: order.length }),
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    answer.mutate({ kind: "ordering", itemIds: order });
  };
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <form onSubmit={submit} noValidate className="iz-card iz-training-exercise">
      <Fieldset legend={exercise.prompt}>
        <p className="iz-muted">{t("training.exercise.orderHelp")}</p>
        <ol className="iz-training-order">
          {order.map((id, i) => (
            <li key={id} className="iz-training-order__item">
              <span className="iz-training-order__pos" aria-hidden="true">
                {i + 1}.
              </span>
              <span className="iz-training-order__text">{textOf(id)}</span>
              <span className="iz-training-order__buttons">
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  ref={ref(`${id}:up`)}
                  disabled={i === 0}
                  aria-label={t("training.exercise.moveUpLabel", { item: textOf(id) })}
                  onClick={() => move(id, "up")}
                >
                  {t("training.exercise.moveUp")}
                </Button>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  ref={ref(`${id}:down`)}
                  disabled={i === order.length - 1}
                  aria-label={t("training.exercise.moveDownLabel", { item: textOf(id) })}
                  onClick={() => move(id, "down")}
                >
                  {t("training.exercise.moveDown")}
                </Button>
              </span>
            </li>
          ))}
        </ol>
        <p aria-live="polite" className="iz-visually-hidden">
          {announcement}
        </p>
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" disabled={answer.isPending}>
        {t("training.exercise.checkOrder")}
      </Button>
      <div aria-live="polite">
        {answer.isError && <p role="alert">{t("training.exercise.error")}</p>}
        {result && <OrderingFeedback result={result} textOf={textOf} />}
      </div>
    </form>
  );
}
