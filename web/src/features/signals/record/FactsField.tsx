/**
 * "Wat zag of hoorde je?" — the facts, with guidance (what a factual description is, and an
 * example) and a live character count (10–4000). The count is visible at once and announced
 * to screen readers only after typing pauses.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FACTS_MAX, FACTS_MIN } from "./limits";
import { Textarea } from "../../../components/nlds";
import { Field } from "../components/Field";

/** The facts textarea id. */
export const FACTS_ID = "sig-facts";

/** The count text key for a length: too short, fine, or too long. */
export function countKey(length: number): "countShort" | "count" | "countLong" {
  if (length < FACTS_MIN) return "countShort";
  if (length > FACTS_MAX) return "countLong";
  return "count";
}

/** The facts field. */
export function FactsField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const length = value.trim().length;
  const text = t(`signals.facts.${countKey(length)}`, {
    count: length,
    min: FACTS_MIN,
    max: FACTS_MAX,
    over: length - FACTS_MAX,
  });
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(text), 1200);
    return () => window.clearTimeout(timer);
  }, [text]);
  return (
    <Field
      id={FACTS_ID}
      label={t("signals.facts.label")}
      required
      description={
        <>
          <span className="iz-sig-block">{t("signals.facts.hint")}</span>
          <span className="iz-sig-block">{t("signals.facts.example")}</span>
        </>
      }
      error={error}
      extraDescribedBy={`${FACTS_ID}-count`}
    >
      {(c) => (
        <>
          <Textarea
            id={c.id}
            rows={6}
            value={value}
            invalid={c.invalid}
            aria-required="true"
            aria-describedby={c.describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
          <p
            id={`${FACTS_ID}-count`}
            className={`utrecht-paragraph iz-sig-charcount${length > FACTS_MAX ? " iz-sig-charcount--over" : ""}`}
          >
            {text}
          </p>
          <span className="iz-visually-hidden" aria-live="polite">
            {announced === text ? text : ""}
          </span>
        </>
      )}
    </Field>
  );
}
