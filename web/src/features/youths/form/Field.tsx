/**
 * Labelled form fields with an optional description and an inline error, both linked to the
 * control with aria-describedby. The control gets the field's `id`, so an error summary can
 * link to it.
 */
import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { useTranslation } from "react-i18next";
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  Textarea,
  Textbox,
} from "../../../components/nlds";
import "../youths-i18n";

/** What every field shows besides its control. */
export interface FieldShellProps {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
}

function describedBy(p: FieldShellProps): string | undefined {
  const ids = [p.description ? `${p.id}-desc` : null, p.error ? `${p.id}-error` : null];
  return ids.filter(Boolean).join(" ") || undefined;
}

function Shell({
  id,
  label,
  description,
  error,
  required,
  children,
}: FieldShellProps & {
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormField invalid={!!error} className="iz-field">
      <FormLabel htmlFor={id}>
        {label}
        {required && <span className="iz-field__required"> ({t("common.required")})</span>}
      </FormLabel>
      {description && <FormFieldDescription id={`${id}-desc`}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="iz-field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </FormFieldErrorMessage>
      )}
      {children}
    </FormField>
  );
}

type Split<T> = FieldShellProps & Omit<T, "id" | "required">;

function shellProps<T extends FieldShellProps>(p: T): FieldShellProps {
  return {
    id: p.id,
    label: p.label,
    description: p.description,
    error: p.error,
    required: p.required,
  };
}

function rest<T extends FieldShellProps>(p: T) {
  const { label: _l, description: _d, error: _e, required: _r, ...other } = p;
  return other;
}

/** A one-line text, date or search input. */
export function TextField(props: Split<InputHTMLAttributes<HTMLInputElement>>) {
  const shell = shellProps(props);
  return (
    <Shell {...shell}>
      <Textbox
        {...rest(props)}
        invalid={!!props.error}
        aria-describedby={describedBy(shell)}
        aria-required={props.required || undefined}
      />
    </Shell>
  );
}

/** A multi-line text input. */
export function TextareaField(props: Split<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const shell = shellProps(props);
  return (
    <Shell {...shell}>
      <Textarea
        {...rest(props)}
        invalid={!!props.error}
        aria-describedby={describedBy(shell)}
        aria-required={props.required || undefined}
      />
    </Shell>
  );
}

/** A select; pass the <option>s as children. */
export function SelectField(props: Split<SelectHTMLAttributes<HTMLSelectElement>>) {
  const shell = shellProps(props);
  return (
    <Shell {...shell}>
      <Select
        {...rest(props)}
        invalid={!!props.error}
        aria-describedby={describedBy(shell)}
        aria-required={props.required || undefined}
      />
    </Shell>
  );
}

/** A single checkbox with its label after it. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <FormField type="checkbox" className="iz-field iz-field--check">
      <Checkbox id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <FormLabel htmlFor={id} type="checkbox" checked={checked}>
        {label}
      </FormLabel>
    </FormField>
  );
}
