/** The guided route: the seven steps in order, each done, current (aria-current) or to do. */
import { useTranslation } from "react-i18next";
import { STEP_KINDS } from "../../../../../src/domain/steps/traject";
import type { TrajectView } from "../../../../../src/shared/steps-view.schema";

export function StepProgress({ traject }: { traject: TrajectView }) {
  const { t } = useTranslation();
  const done = new Set(traject.steps.filter((s) => !s.draft).map((s) => s.step));
  return (
    <ol className="iz-steps-progress" aria-label={t("steps.progress.label")}>
      {STEP_KINDS.map((s) => {
        const current = traject.nextStep === s;
        const state = current ? "current" : done.has(s) ? "done" : "todo";
        return (
          <li
            key={s}
            className={`iz-steps-progress__item iz-steps-progress__item--${state}`}
            aria-current={current ? "step" : undefined}
          >
            <span>{t(`steps.kind.${s}`)}</span>{" "}
            <span className="iz-steps-progress__state">({t(`steps.progress.${state}`)})</span>
          </li>
        );
      })}
    </ol>
  );
}
