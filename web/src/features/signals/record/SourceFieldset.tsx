/**
 * "Hoe weet je dit?" — the source as a radio group (own observation / the youth told / someone
 * else told, and then who). A fieldset with a legend, so the group has a name.
 */
import { useTranslation } from "react-i18next";
import { SIGNAL_SOURCES } from "./limits";
import { Fieldset, FormLabel, RadioButton, Textbox } from "../../../components/nlds";
import { Field, FieldError } from "../components/Field";
import type { DraftSource } from "./draft";

/** Id of the first radio (the error summary links here). */
export const SOURCE_ID = "sig-source";
/** Id of the "with whom" input. */
export const SOURCE_DETAIL_ID = "sig-sourceDetail";

/** The source radios and, for a third party, who it was. */
export function SourceFieldset({
  value,
  detail,
  onChange,
  onDetailChange,
  error,
  detailError,
}: {
  value: DraftSource;
  detail: string;
  onChange: (value: DraftSource) => void;
  onDetailChange: (value: string) => void;
  error?: string | undefined;
  detailError?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset
      legend={
        <>
          {t("signals.source.legend")}
          <span className="iz-sig-required"> ({t("common.required")})</span>
        </>
      }
      aria-describedby={error ? `${SOURCE_ID}-error` : undefined}
      className={error ? "iz-sig-fieldset--invalid" : undefined}
    >
      {error ? <FieldError id={`${SOURCE_ID}-error`} message={error} /> : null}
      {SIGNAL_SOURCES.map((source, i) => {
        const id = i === 0 ? SOURCE_ID : `${SOURCE_ID}-${source}`;
        return (
          <div key={source} className="utrecht-form-field utrecht-form-field--radio iz-sig-radio">
            <RadioButton
              id={id}
              name="sig-source"
              value={source}
              checked={value === source}
              invalid={!!error}
              onChange={() => onChange(source)}
            />
            <FormLabel htmlFor={id} type="radio" checked={value === source}>
              {t(`signals.source.${source}`)}
            </FormLabel>
          </div>
        );
      })}
      {value === "third_party" ? (
        <Field
          id={SOURCE_DETAIL_ID}
          label={t("signals.source.detail")}
          required
          error={detailError}
        >
          {(c) => (
            <Textbox
              id={c.id}
              value={detail}
              maxLength={300}
              invalid={c.invalid}
              aria-required="true"
              aria-describedby={c.describedBy}
              onChange={(e) => onDetailChange(e.target.value)}
            />
          )}
        </Field>
      ) : null}
    </Fieldset>
  );
}
