/**
 * "Wie of wat wordt genoemd?": optional structured mentions on a signal (issue 25) from a closed
 * list — phone number, address, name of an adult, vehicle, social-media handle, place. They let
 * the region's care coordinator see the same number or address across youths. Folded away; each
 * row is a kind and a value, removable with a button.
 */
import { useTranslation } from "react-i18next";
import { Button, Paragraph, Select, Textbox } from "../../../components/nlds";
import { ENTITY_KINDS, type EntityKind } from "../../../../../src/domain/patterns/entities";
import type { DraftEntity } from "./draft";

/** Id of the disclosure's summary (the error summary links here). */
export const ENTITIES_ID = "sig-entities";

export function EntitiesFieldset({
  value,
  onChange,
  error,
}: {
  value: DraftEntity[];
  onChange: (entities: DraftEntity[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const filled = value.filter((e) => e.value.trim() !== "").length;
  const set = (i: number, patch: Partial<DraftEntity>) =>
    onChange(value.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <details className="iz-sig-context" open={value.length > 0 || !!error}>
      <summary id={ENTITIES_ID} className="iz-sig-context__summary">
        {t("signals.entities.summary", { count: filled })}
      </summary>
      <Paragraph id="sig-entities-intro">{t("signals.entities.intro")}</Paragraph>
      {error ? (
        <p className="utrecht-form-field-error-message" id="sig-entities-error">
          {error}
        </p>
      ) : null}
      {value.map((e, i) => (
        <fieldset key={i} className="iz-sig-entity utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">
            {t("signals.entities.legend", { n: i + 1 })}
          </legend>
          <div className="iz-row">
            <div>
              <label className="utrecht-form-label" htmlFor={`sig-entity-${i}-kind`}>
                {t("signals.entities.kind")}
              </label>
              <Select
                id={`sig-entity-${i}-kind`}
                value={e.kind}
                onChange={(ev) => set(i, { kind: ev.target.value as EntityKind })}
              >
                {ENTITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`signals.entities.kinds.${k}`)}
                  </option>
                ))}
              </Select>
            </div>
            <div>
              <label className="utrecht-form-label" htmlFor={`sig-entity-${i}-value`}>
                {t("signals.entities.value")}
              </label>
              <Textbox
                id={`sig-entity-${i}-value`}
                value={e.value}
                maxLength={200}
                invalid={!!error && e.value.trim() !== ""}
                aria-describedby={`sig-entity-${i}-hint${error ? " sig-entities-error" : ""}`}
                onChange={(ev) => set(i, { value: ev.target.value })}
              />
              <p className="utrecht-form-field-description" id={`sig-entity-${i}-hint`}>
                {t(`signals.entities.hints.${e.kind}`)}
              </p>
            </div>
          </div>
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t("signals.entities.remove", { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      {value.length < 10 ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => onChange([...value, { kind: "phone", value: "" }])}
        >
          {t("signals.entities.add")}
        </Button>
      ) : null}
      <Paragraph className="iz-muted">{t("signals.entities.who")}</Paragraph>
    </details>
  );
}
