/**
 * The optional parts of a signal: answers to the training's "meer context" questions (folded
 * away) and the professional's own interpretation ("Dit zorgt me omdat…"), kept apart from the
 * facts.
 */
import { useTranslation } from "react-i18next";
import { Fieldset, Paragraph, Textarea } from "../../../components/nlds";
import { useContentLanguage, type CatalogView } from "../../catalog/use-catalog";
import { Field } from "../components/Field";

/** Id of the interpretation textarea. */
export const INTERPRETATION_ID = "sig-interpretation";
/** Id prefix of the context answers. */
export const CONTEXT_ID = "sig-context";

/** The context questions in a disclosure, one textarea each. */
export function ContextQuestions({
  catalog,
  answers,
  onChange,
  error,
}: {
  catalog: CatalogView;
  answers: Record<string, string>;
  onChange: (id: string, value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const questions = [...catalog.contextQuestions].sort((a, b) => a.order - b.order);
  const answered = questions.filter((q) => (answers[q.id] ?? "").trim() !== "").length;
  return (
    <details className="iz-sig-context" open={answered > 0 || !!error}>
      <summary id={CONTEXT_ID} className="iz-sig-context__summary">
        {t("signals.context.summary", { count: answered })}
      </summary>
      <Paragraph>{t("signals.context.intro")}</Paragraph>
      {questions.map((q) => (
        <Field
          key={q.id}
          id={`${CONTEXT_ID}-${q.id}`}
          label={q.text[lang]}
          description={q.hint[lang]}
          error={(answers[q.id] ?? "").length > 1000 ? error : undefined}
        >
          {(c) => (
            <Textarea
              id={c.id}
              rows={2}
              value={answers[q.id] ?? ""}
              invalid={c.invalid}
              aria-describedby={c.describedBy}
              onChange={(e) => onChange(q.id, e.target.value)}
            />
          )}
        </Field>
      ))}
    </details>
  );
}

/** "Dit zorgt me omdat…": interpretation, apart from the facts. */
export function InterpretationField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("signals.interpretation.legend")} className="iz-sig-interpretation">
      <Field
        id={INTERPRETATION_ID}
        label={t("signals.interpretation.label")}
        description={t("signals.interpretation.hint")}
        error={error}
      >
        {(c) => (
          <Textarea
            id={c.id}
            rows={3}
            value={value}
            invalid={c.invalid}
            aria-describedby={c.describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
    </Fieldset>
  );
}
