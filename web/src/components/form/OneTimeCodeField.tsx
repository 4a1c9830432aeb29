/**
 * The six-digit code of an authenticator app (login, 2FA set-up, replacing the app): a numeric
 * keyboard on a phone, the browser's and password manager's one-time-code fill, and the help
 * text tied to the field when there is one.
 */
import { FormField, FormFieldDescription, FormLabel, Textbox } from "../nlds";

export function OneTimeCodeField({
  id,
  label,
  description,
  value,
  onChange,
}: {
  id: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const help = description ? `${id}-help` : undefined;
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {description && <FormFieldDescription id={help}>{description}</FormFieldDescription>}
      <Textbox
        id={id}
        inputMode="numeric"
        autoComplete="one-time-code"
        aria-describedby={help}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormField>
  );
}
