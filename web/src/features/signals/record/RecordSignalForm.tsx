/**
 * The signal form: signals from the catalogue (acute guidance as soon as an acute one is
 * chosen), the facts, the date, the source, optional context and interpretation. Checked before
 * sending; a failed save keeps everything and shows the error summary. "Annuleren" asks whether
 * to keep the draft (nothing silently carried into the next signal), and only what the screen
 * shows is sent.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button, Textbox } from "../../../components/nlds";
import { activeIndicators, lookupCatalog, type CatalogView } from "../../catalog/use-catalog";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { Field } from "../components/Field";
import { todayIso } from "../format";
import type { RecordSignalResult } from "../types";
import { AcuteNotice } from "./AcuteNotice";
import { CancelQuestion } from "./CancelQuestion";
import { cancelAction } from "./draft";
import { ContextQuestions, InterpretationField } from "./ExtraFields";
import { EntitiesFieldset } from "./EntitiesFieldset";
import { FactsField } from "./FactsField";
import { IndicatorPicker } from "./IndicatorPicker";
import { apiProblems, FIELD_IDS, localProblems, type FormProblems } from "./problems";
import { SourceFieldset } from "./SourceFieldset";
import { useRecordSignal } from "./use-record-signal";
import { useSignalDraft } from "./use-signal-draft";
import { validateDraft } from "./validate";

const NO_PROBLEMS: FormProblems = { fields: {}, summary: [] };

/** The form for one youth; `onSaved` runs after the server stored the signal. */
export function RecordSignalForm({
  youthId,
  arrivedAt,
  catalog,
  onSaved,
}: {
  youthId: string;
  arrivedAt: string | null;
  catalog: CatalogView;
  onSaved: (result: RecordSignalResult) => void;
}) {
  const { t } = useTranslation();
  const { draft, update, restored, discard, forget } = useSignalDraft(youthId);
  const [safetyChecked, setSafetyChecked] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const shown = useMemo(
    () => ({
      indicatorIds: new Set(activeIndicators(catalog).map((i) => i.id)),
      questionIds: new Set(catalog.contextQuestions.map((q) => q.id)),
    }),
    [catalog],
  );
  const save = useRecordSignal(youthId, shown);
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const back = `/youths/${youthId}/signals`;
  // A restored draft may name signals the catalogue no longer shows: drop them, so the form
  // (and what is sent) holds only what is on screen.
  useEffect(() => {
    const visible = draft.indicatorIds.filter((id) => shown.indicatorIds.has(id));
    if (visible.length !== draft.indicatorIds.length) update({ indicatorIds: visible });
  }, [draft.indicatorIds, shown, update]);
  const lookup = lookupCatalog(catalog);
  const acute = draft.indicatorIds.flatMap((id) => {
    const i = lookup.indicator(id);
    return i?.acute ? [i] : [];
  });
  const today = todayIso();
  const inFlight = useRef(false);
  const hasAcute = acute.length > 0;
  // A new acute choice asks for a new safety check.
  useEffect(() => {
    if (!hasAcute) setSafetyChecked(false);
  }, [hasAcute]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending || inFlight.current) return;
    setAttempt((a) => a + 1);
    const local = validateDraft(draft, {
      today,
      arrivedAt,
      acute: hasAcute,
      safetyChecked,
    });
    if (Object.keys(local).length > 0) {
      setProblems(localProblems(t, local));
      return;
    }
    setProblems(NO_PROBLEMS);
    inFlight.current = true;
    save.mutate(draft, {
      onSuccess: (result) => {
        forget();
        onSaved(result);
      },
      onError: (error) => setProblems(apiProblems(t, error)),
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };

  const f = problems.fields;
  return (
    <>
      {restored ? (
        <div className="iz-sig-restored">
          <p className="utrecht-paragraph" role="status">
            {t("signals.record.restored")}
          </p>
          <Button type="button" appearance="secondary-action-button" onClick={discard}>
            {t("signals.record.discard")}
          </Button>
        </div>
      ) : null}
      <ErrorSummary items={problems.summary} attempt={attempt} />
      <form noValidate onSubmit={submit} className="iz-sig-form" aria-describedby="sig-form-intro">
        <IndicatorPicker
          catalog={catalog}
          selected={draft.indicatorIds}
          onChange={(indicatorIds) => update({ indicatorIds })}
          error={f.indicatorIds}
        />
        <AcuteNotice
          catalog={catalog}
          acute={acute}
          checked={safetyChecked}
          onCheck={setSafetyChecked}
          error={f.safety}
        />
        <FactsField value={draft.facts} onChange={(facts) => update({ facts })} error={f.facts} />
        <Field
          id={FIELD_IDS.observedAt}
          label={t("signals.record.observedAt")}
          description={t("signals.record.observedAtHint")}
          required
          error={f.observedAt}
        >
          {(c) => (
            <Textbox
              id={c.id}
              type="date"
              value={draft.observedAt}
              max={today}
              min={arrivedAt?.slice(0, 10)}
              invalid={c.invalid}
              aria-required="true"
              aria-describedby={c.describedBy}
              onChange={(e) => update({ observedAt: e.target.value })}
            />
          )}
        </Field>
        <SourceFieldset
          value={draft.source}
          detail={draft.sourceDetail}
          onChange={(source) => update({ source })}
          onDetailChange={(sourceDetail) => update({ sourceDetail })}
          error={f.source}
          detailError={f.sourceDetail}
        />
        <ContextQuestions
          catalog={catalog}
          answers={draft.contextAnswers}
          onChange={(id, value) =>
            update({ contextAnswers: { ...draft.contextAnswers, [id]: value } })
          }
          error={f.contextAnswers}
        />
        <EntitiesFieldset
          value={draft.entities}
          onChange={(entities) => update({ entities })}
          error={f.entities}
        />
        <InterpretationField
          value={draft.interpretation}
          onChange={(interpretation) => update({ interpretation })}
          error={f.interpretation}
        />
        <div className="iz-row iz-sig-actions">
          <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
            {save.isPending ? t("signals.record.saving") : t("signals.record.submit")}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-expanded={asking}
            onClick={() => (cancelAction(draft) === "leave" ? navigate(back) : setAsking(true))}
          >
            {t("signals.record.cancel")}
          </Button>
        </div>
        {asking ? (
          <CancelQuestion
            onKeep={() => navigate(back)}
            onDiscard={() => {
              discard();
              navigate(back);
            }}
            onStay={() => setAsking(false)}
          />
        ) : null}
        <p className="utrecht-paragraph iz-muted">{t("signals.record.draftNote")}</p>
      </form>
    </>
  );
}
