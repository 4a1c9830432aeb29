/** One radio button or checkbox with its label, laid out side by side. */
import type { ReactNode } from "react";
import { Checkbox, FormField, FormLabel, RadioButton } from "../../components/nlds";

export interface OptionFieldProps {
  id: string;
  name: string;
  type: "radio" | "checkbox";
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}

/** A labelled radio button or checkbox (NL Design System form field). */
export function OptionField({
  id,
  name,
  type,
  checked,
  disabled,
  onChange,
  children,
}: OptionFieldProps) {
  const Input = type === "checkbox" ? Checkbox : RadioButton;
  return (
    <FormField type={type} className="iz-training-option">
      <Input
        id={id}
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <FormLabel htmlFor={id} type={type} checked={checked} disabled={disabled}>
        {children}
      </FormLabel>
    </FormField>
  );
}
