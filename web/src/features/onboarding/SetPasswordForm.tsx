/**
 * The form of a single-use link that ends in a new password (the invitation and the password
 * reset): the account's address for the password manager, the new-password field with the rules
 * told up front, the error summary, and the submit button. The page owns the mutation and says
 * which of its failures is a general one; the form owns the field and its "required" check.
 */
import type { UseMutationResult } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Button } from "../../components/nlds";
import { NewPasswordField } from "./NewPasswordField";
import "./onboarding-i18n";
import { passwordProblemText } from "./password-problems";

export function SetPasswordForm<T>({
  id,
  email,
  mutation,
  submitLabel,
  busyLabel,
  generalError,
}: {
  /** The password field's id (the error summary links to it). */
  id: string;
  email: string;
  mutation: UseMutationResult<T, Error, string>;
  submitLabel: string;
  busyLabel: string;
  /** The sentence for a failure that is not about the password (the page knows its cases). */
  generalError: (error: Error) => string;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState("");
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState(false);
  const fieldError = missing
    ? t("onboarding.password.required")
    : (passwordProblemText(t, mutation.error) ?? undefined);
  const summary = fieldError
    ? [{ id, message: fieldError }]
    : mutation.error
      ? [{ id: null, message: generalError(mutation.error) }]
      : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setMissing(password.length === 0);
    if (password.length > 0) mutation.mutate(password);
  };

  return (
    <form onSubmit={submit} noValidate className="iz-card">
      <ErrorSummary items={summary} attempt={attempt} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordField id={id} value={password} error={fieldError} onChange={setPassword} />
      <Button type="submit" appearance="primary-action-button" disabled={mutation.isPending}>
        {mutation.isPending ? busyLabel : submitLabel}
      </Button>
    </form>
  );
}
