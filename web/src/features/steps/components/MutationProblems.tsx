/**
 * What a form shows after a failed save: a stale version (someone else changed it) with a
 * reload button, a step that is not possible now, or the error summary with links to fields.
 */
import { useTranslation } from "react-i18next";
import { Alert, Button, Paragraph } from "../../../components/nlds";
import { ApiError } from "../../../lib/api";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { formProblems, type FormProblems } from "../../youths/form/form-problems";
import "../steps-i18n";

/** The field problems of a failed save (empty on a 409, which MutationProblems shows itself). */
export function problemsOf(
  t: ReturnType<typeof useTranslation>["t"],
  idPrefix: string,
  fields: readonly string[],
  error: unknown,
): FormProblems {
  if (error instanceof ApiError && error.status === 409) return { fields: {}, summary: [] };
  return formProblems(t, { ns: "steps.errors", idPrefix, fields }, error);
}

export function MutationProblems({
  error,
  problems,
  attempt,
  onReload,
}: {
  error: unknown;
  problems: FormProblems;
  attempt: number;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 409) {
    const notNow = error.code === "INVALID_TRANSITION";
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t(notNow ? "steps.common.notNow" : "steps.common.conflict")}</Paragraph>
        <Button type="button" appearance="secondary-action-button" onClick={onReload}>
          {t("steps.common.reload")}
        </Button>
      </Alert>
    );
  }
  return <ErrorSummary items={problems.summary} attempt={attempt} />;
}

/** MutationProblems for a save made with useEpisodeAction (or anything of the same shape). */
export function ActionProblems({
  action,
}: {
  action: {
    mutation: { error: unknown };
    problems: FormProblems;
    attempt: number;
    refresh: () => Promise<unknown>;
  };
}) {
  return (
    <MutationProblems
      error={action.mutation.error}
      problems={action.problems}
      attempt={action.attempt}
      onReload={() => void action.refresh()}
    />
  );
}
