/**
 * Weigh: the afwegingskader's five questions, asked one after another along the path; the
 * suggestion follows the answers live (the same pure function the server stores).
 */
import { useTranslation } from "react-i18next";
import {
  suggestDecision,
  WEIGH_QUESTIONS,
  type WeighAnswers,
} from "../../../../../../src/domain/steps/afwegingskader";
import { Paragraph } from "../../../../components/nlds";
import { CheckboxField, TextField } from "../../../youths/form/Field";
import { fieldId } from "../../../youths/form/form-problems";
import { RadioGroup } from "../../components/ChoiceField";
import { bool, obj, str, today } from "../../values";
import type { StepFieldsProps } from "./types";

export function WeighFields({ prefix, value, set, errors }: StepFieldsProps) {
  const { t } = useTranslation();
  const answers = obj(value, "answers") as WeighAnswers;
  const s = suggestDecision(answers);
  const shown = WEIGH_QUESTIONS.filter((q) => s.path.includes(q) || q === s.nextQuestion);
  const answer = (q: (typeof WEIGH_QUESTIONS)[number], a: string) => {
    // Answers after the changed question no longer apply.
    const at = WEIGH_QUESTIONS.indexOf(q);
    const kept = Object.fromEntries(
      WEIGH_QUESTIONS.slice(0, at).flatMap((p) => (answers[p] ? [[p, answers[p]]] : [])),
    );
    set("answers", { ...kept, [q]: a });
  };
  return (
    <>
      {shown.map((q, i) => (
        <RadioGroup
          key={q}
          id={fieldId(prefix, `what.answers.${q}`)}
          legend={t("steps.weigh.question", {
            n: WEIGH_QUESTIONS.indexOf(q) + 1,
            text: t(`steps.weigh.q.${q}`),
          })}
          description={i === shown.length - 1 ? t(`steps.weigh.hint.${q}`) : undefined}
          value={answers[q] ?? ""}
          error={errors[`what.answers.${q}`]}
          onChange={(a) => answer(q, a)}
          choices={[
            { value: "yes", label: t("steps.common.yes") },
            { value: "no", label: t("steps.common.no") },
          ]}
        />
      ))}
      <div role="status" className="iz-steps-suggestion">
        <Paragraph>
          <strong>{t("steps.weigh.suggestion")}</strong> {t(`steps.weigh.outcome.${s.outcome}`)}
          {s.outcome !== "incomplete" ? ` ${t(`steps.weigh.reason.${s.reason}`)}` : ""}
        </Paragraph>
        {s.alsoConsider.includes("register_comensha") ? (
          <Paragraph>{t("steps.weigh.alsoComensha")}</Paragraph>
        ) : null}
      </div>
      <CheckboxField
        id={fieldId(prefix, "what.withVeiligThuis")}
        label={t("steps.weigh.withVeiligThuis")}
        checked={bool(value, "withVeiligThuis")}
        onChange={(v) => set("withVeiligThuis", v)}
      />
      <TextField
        id={fieldId(prefix, "what.weighedOn")}
        type="date"
        max={today()}
        label={t("steps.weigh.on")}
        required
        value={str(value, "weighedOn")}
        error={errors["what.weighedOn"]}
        onChange={(e) => set("weighedOn", e.target.value)}
      />
    </>
  );
}
