/**
 * A labelled form field: label, optional description and inline error, both linked to the
 * control with aria-describedby. The control gets `id`, so the error summary can link to it.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "../../../components/nlds";

/** What a field shows around its control. */
export interface FieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Extra ids the control should also be described by (e.g. a character count). */
  extraDescribedBy?: string;
  children: (control: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ReactNode;
}

/** The ids that describe a field's control. */
export function describedByIds(
  id: string,
  hasDescription: boolean,
  hasError: boolean,
  extra?: string,
): string | undefined {
  const ids = [
    hasDescription ? `${id}-desc` : null,
    hasError ? `${id}-error` : null,
    extra ?? null,
  ];
  return ids.filter(Boolean).join(" ") || undefined;
}

/** Renders the field; `children` renders the control with the right id and aria. */
export function Field({
  id,
  label,
  description,
  error,
  required,
  extraDescribedBy,
  children,
}: FieldProps) {
  const { t } = useTranslation();
  return (
    <FormField invalid={!!error} className="iz-sig-field">
      <FormLabel htmlFor={id}>
        {label}
        {required ? <span className="iz-sig-required"> ({t("common.required")})</span> : null}
      </FormLabel>
      {description ? (
        <FormFieldDescription id={`${id}-desc`}>{description}</FormFieldDescription>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      {children({
        id,
        describedBy: describedByIds(id, !!description, !!error, extraDescribedBy),
        invalid: !!error,
      })}
    </FormField>
  );
}

/** An inline error with an icon (never colour alone). */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <FormFieldErrorMessage id={id} className="iz-sig-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </FormFieldErrorMessage>
  );
}
