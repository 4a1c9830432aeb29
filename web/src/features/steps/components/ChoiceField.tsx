/**
 * A group of radio buttons or checkboxes in a fieldset with a legend, an optional description
 * and an inline error. The first option gets `id`, so an error summary can link to the group.
 */
import type { ReactNode } from "react";
import {
  Checkbox,
  Fieldset,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from "../../../components/nlds";

export interface Choice {
  value: string;
  label: ReactNode;
}

interface Common {
  id: string;
  legend: string;
  choices: Choice[];
  description?: string | undefined;
  error?: string | undefined;
}

function Shell({
  id,
  legend,
  description,
  error,
  children,
}: Omit<Common, "choices"> & { children: ReactNode }) {
  return (
    <Fieldset
      legend={legend}
      className={`iz-steps-choices${error ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={
        [description ? `${id}-desc` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") ||
        undefined
      }
    >
      {description ? (
        <FormFieldDescription id={`${id}-desc`}>{description}</FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </FormFieldErrorMessage>
      ) : null}
      {children}
    </Fieldset>
  );
}

/** One choice of many (radio buttons). */
export function RadioGroup(p: Common & { value: string; onChange: (value: string) => void }) {
  return (
    <Shell {...p}>
      {p.choices.map((c, i) => {
        const id = i === 0 ? p.id : `${p.id}-${c.value}`;
        const checked = p.value === c.value;
        return (
          <div
            key={c.value}
            className="utrecht-form-field utrecht-form-field--radio iz-steps-choice"
          >
            <RadioButton
              id={id}
              name={p.id}
              checked={checked}
              onChange={() => p.onChange(c.value)}
            />
            <FormLabel htmlFor={id} type="radio" checked={checked}>
              {c.label}
            </FormLabel>
          </div>
        );
      })}
    </Shell>
  );
}

/** Any number of choices (checkboxes). */
export function CheckboxGroup(
  p: Common & { values: string[]; onChange: (values: string[]) => void },
) {
  return (
    <Shell {...p}>
      {p.choices.map((c, i) => {
        const id = i === 0 ? p.id : `${p.id}-${c.value}`;
        const checked = p.values.includes(c.value);
        return (
          <div
            key={c.value}
            className="utrecht-form-field utrecht-form-field--checkbox iz-steps-choice"
          >
            <Checkbox
              id={id}
              checked={checked}
              onChange={(e) =>
                p.onChange(
                  e.target.checked
                    ? [...p.values.filter((v) => v !== c.value), c.value]
                    : p.values.filter((v) => v !== c.value),
                )
              }
            />
            <FormLabel htmlFor={id} type="checkbox" checked={checked}>
              {c.label}
            </FormLabel>
          </div>
        );
      })}
    </Shell>
  );
}
