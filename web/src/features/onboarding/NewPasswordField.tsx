/** The new-password field of the accept and reset pages, with the rules told up front. */
import { useTranslation } from "react-i18next";
import { TextField } from "../youths/form/Field";

export function NewPasswordField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      type="password"
      name="new-password"
      autoComplete="new-password"
      label={t("onboarding.password.label")}
      description={t("onboarding.password.hint")}
      error={error}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
