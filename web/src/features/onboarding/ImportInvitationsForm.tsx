/**
 * Bulk onboarding on the invite page: choose a CSV (name, email, role), check it (dry run: every
 * problem per line), then send all invitations — only when no line has a problem.
 */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Alert, Button, Heading2, Paragraph, Table } from "../../components/nlds";
import { ApiError, post } from "../../lib/api";
import { currentLanguage } from "../../lib/i18n";

interface Line {
  line: number;
  name: string;
  email: string;
  role: string;
  problems: string[];
}
interface Result {
  dryRun: boolean;
  lines: Line[];
  valid: number;
  invalid: number;
  created: number;
}

const FILE = "import-file";

export function ImportInvitationsForm({ organisationId }: { organisationId: string | null }) {
  const { t, i18n } = useTranslation();
  const [csv, setCsv] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [noFile, setNoFile] = useState(false);
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      post<Result>("/api/admin/invitations/import", {
        csv,
        dryRun,
        language: currentLanguage(),
        ...(organisationId ? { organisationId } : {}),
      }),
  });
  const checked = run.data?.dryRun ? run.data : null;
  const fileProblem =
    run.error instanceof ApiError
      ? (run.error.problem?.errors?.find((e) => e.path.endsWith("csv"))?.message ?? null)
      : null;
  const known = ["header", "too_many", "empty"];
  const summary = noFile
    ? [{ id: FILE, message: t("onboarding.import.noFile") }]
    : run.isError
      ? [
          {
            id: FILE,
            message: t(
              `onboarding.import.fileProblems.${fileProblem && known.includes(fileProblem) ? fileProblem : "default"}`,
            ),
          },
        ]
      : [];

  const check = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setNoFile(csv === null);
    if (csv !== null) run.mutate(true);
  };
  const problemText = (p: string) =>
    i18n.exists(`onboarding.import.problems.${p}`) ? t(`onboarding.import.problems.${p}`) : p;

  return (
    <section aria-labelledby="import-title">
      <Heading2 id="import-title">{t("onboarding.import.title")}</Heading2>
      <Paragraph>{t("onboarding.import.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {run.data && !run.data.dryRun && (
          <Alert type="ok">
            <Paragraph>{t("onboarding.import.created", { count: run.data.created })}</Paragraph>
          </Alert>
        )}
      </div>
      <form onSubmit={check} noValidate className="iz-card">
        <ErrorSummary items={summary} attempt={attempt} />
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={FILE}>
            {t("onboarding.import.file")}
          </label>
          <input
            id={FILE}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              run.reset();
              if (!file) return setCsv(null);
              void file.text().then(setCsv);
            }}
          />
        </div>
        <Button type="submit" appearance="secondary-action-button" disabled={run.isPending}>
          {run.isPending ? t("onboarding.import.busy") : t("onboarding.import.check")}
        </Button>
      </form>
      {checked && (
        <>
          <Table>
            <caption>
              {t("onboarding.import.caption", { valid: checked.valid, invalid: checked.invalid })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("onboarding.import.columns.line")}</th>
                <th scope="col">{t("onboarding.import.columns.name")}</th>
                <th scope="col">{t("onboarding.import.columns.email")}</th>
                <th scope="col">{t("onboarding.import.columns.role")}</th>
                <th scope="col">{t("onboarding.import.columns.problems")}</th>
              </tr>
            </thead>
            <tbody>
              {checked.lines.map((l) => (
                <tr key={l.line}>
                  <td>{l.line}</td>
                  <td>{l.name}</td>
                  <td>{l.email}</td>
                  <td>{i18n.exists(`roles.${l.role}`) ? t(`roles.${l.role}`) : l.role}</td>
                  <td>
                    {l.problems.length === 0
                      ? t("onboarding.import.ok")
                      : l.problems.map(problemText).join("; ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          {checked.invalid > 0 ? (
            <Paragraph>{t("onboarding.import.fixFirst")}</Paragraph>
          ) : (
            <Button
              type="button"
              appearance="primary-action-button"
              disabled={run.isPending}
              onClick={() => run.mutate(false)}
            >
              {t("onboarding.import.send")}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
