/**
 * Records a step: choose which (the guided route proposes the next one), fill in the step's
 * fields and the why, save as a draft (nothing is lost, the route does not move) or complete it.
 * An existing draft of the chosen step is loaded and saved with its version (stale → 409).
 */
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState, type ComponentType, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { StepKind } from "../../../../../src/domain/steps/traject";
import type { PersonRef, TrajectView } from "../../../../../src/shared/steps-view.schema";
import { Heading4 } from "../../../components/nlds";
import { patch, post } from "../../../lib/api";
import { useSession } from "../../../lib/session";
import { SelectField, TextareaField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { DraftOrSubmitButtons } from "../components/ButtonRow";
import { MutationProblems, problemsOf } from "../components/MutationProblems";
import { useRefreshYouth, youthPath } from "../queries";
import { clean, type Loose } from "../values";
import { CloseFields } from "./fields/CloseFields";
import { ConsultFields } from "./fields/ConsultFields";
import { DecideFields } from "./fields/DecideFields";
import { InformYouthFields } from "./fields/InformYouthFields";
import { MonitorFields } from "./fields/MonitorFields";
import { SafetyCheckFields } from "./fields/SafetyCheckFields";
import type { StepFieldsProps } from "./fields/types";
import { WeighFields } from "./fields/WeighFields";
import { stepDefaults, stepFieldPaths } from "./step-defaults";

const FIELDS: Record<StepKind, ComponentType<StepFieldsProps>> = {
  safety_check: SafetyCheckFields,
  consult: ConsultFields,
  inform_youth: InformYouthFields,
  weigh: WeighFields,
  decide: DecideFields,
  monitor: MonitorFields,
  close: CloseFields,
};

interface Values {
  what: Loose;
  why: string;
}

export function StepEditor({
  youthId,
  traject,
  people,
  onDone,
}: {
  youthId: string;
  traject: TrajectView;
  people: PersonRef[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const refresh = useRefreshYouth(youthId);
  const prefix = `step-${traject.id}-`;
  const [step, setStep] = useState<StepKind>(traject.nextStep ?? "close");
  useEffect(() => {
    if (traject.nextStep) setStep(traject.nextStep);
  }, [traject.nextStep]);
  const [byStep, setByStep] = useState<Partial<Record<StepKind, Values>>>({});
  const [attempt, setAttempt] = useState(0);
  const draft = [...traject.steps].reverse().find((s) => s.step === step && s.draft);
  const current: Values = byStep[step] ?? {
    what: draft?.what ?? stepDefaults(step, session?.user.id ?? ""),
    why: draft?.why ?? "",
  };
  const update = (v: Values) => setByStep((m) => ({ ...m, [step]: v }));
  const save = useMutation({
    mutationFn: (complete: boolean) => {
      const body = {
        draft: !complete,
        what: clean(current.what),
        ...(current.why.trim() ? { why: current.why.trim() } : {}),
        ...(complete ? { trajectVersion: traject.version } : {}),
      };
      const base = youthPath(youthId, `trajects/${traject.id}/steps`);
      return draft
        ? patch(`${base}/${draft.id}`, { ...body, version: draft.version })
        : post(base, { ...body, step });
    },
    onSuccess: async (_r, complete) => {
      await refresh();
      setByStep((m) => ({ ...m, [step]: undefined }));
      onDone(
        t(complete ? "steps.editor.completed" : "steps.editor.saved", {
          step: t(`steps.kind.${step}`),
        }),
      );
    },
  });
  const problems = problemsOf(t, prefix, stepFieldPaths(step), save.error);
  const Fields = FIELDS[step];
  const submit = (complete: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    setAttempt((n) => n + 1);
    save.mutate(complete);
  };
  return (
    <form
      onSubmit={submit(true)}
      noValidate
      className="iz-steps-editor"
      aria-labelledby={`${prefix}title`}
    >
      <Heading4 id={`${prefix}title`}>
        {t("steps.editor.title", { step: t(`steps.kind.${step}`) })}
      </Heading4>
      <SelectField
        id={`${prefix}kind`}
        label={t("steps.editor.which")}
        value={step}
        onChange={(e) => {
          setStep(e.target.value as StepKind);
          save.reset();
        }}
      >
        {traject.allowedSteps.map((s) => (
          <option key={s} value={s}>
            {s === traject.nextStep
              ? t("steps.editor.nextOption", { step: t(`steps.kind.${s}`) })
              : t(`steps.kind.${s}`)}
          </option>
        ))}
      </SelectField>
      <MutationProblems
        error={save.error}
        problems={problems}
        attempt={attempt}
        onReload={() => void refresh()}
      />
      <Fields
        youthId={youthId}
        prefix={prefix}
        value={current.what}
        set={(k, v) => update({ ...current, what: { ...current.what, [k]: v } })}
        errors={problems.fields}
        people={people}
        suggestion={traject.suggestion}
      />
      <TextareaField
        id={fieldId(prefix, "why")}
        label={t("steps.editor.why")}
        description={t(`steps.editor.whyHint.${step}`)}
        rows={3}
        value={current.why}
        error={problems.fields.why}
        onChange={(e) => update({ ...current, why: e.target.value })}
      />
      <DraftOrSubmitButtons
        save={save}
        onDraft={() => submit(false)()}
        draftLabel={t("steps.editor.saveDraft")}
        submitLabel={t("steps.editor.complete")}
      />
    </form>
  );
}
