/**
 * Deactivate an account (POST /api/admin/users/:id/deactivation): lists the circles the person
 * is in (youth code and location only), asks a successor for every youth the person is the only
 * mentor or guardian of, and warns that sessions end at once and the team lead is told.
 */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type SummaryItem } from "../../components/ErrorSummary";
import { Alert, Button, Heading2, Paragraph, Table } from "../../components/nlds";
import { ApiError, post } from "../../lib/api";
import { SelectField } from "../youths/form/Field";
import type { AdminAccount, AdminAccountCircle } from "./types";
import { accountProblem } from "./user-problems";
import { useAdminUserCircles } from "./user-queries";

const fieldOf = (youthId: string) => `deactivate-successor-${youthId}`;

export function DeactivateUserForm({
  account,
  onChanged,
}: {
  account: AdminAccount;
  onChanged: (next?: AdminAccount, done?: string) => void;
}) {
  const { t } = useTranslation();
  const circles = useAdminUserCircles(account.id, true);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const items = circles.data?.items ?? [];
  const needing = items.filter((c) => c.needsSuccessor);
  const deactivate = useMutation({
    mutationFn: () =>
      post<AdminAccount>(`/api/admin/users/${account.id}/deactivation`, {
        version: account.version,
        successors: needing.map((c) => ({ youthId: c.youthId, successorId: chosen[c.youthId] })),
      }),
    onSuccess: (next) =>
      onChanged(next, t("admin.users.deactivate.done", { name: account.displayName })),
    onError: () => {
      void circles.refetch();
      onChanged();
    },
  });
  const relation = (c: AdminAccountCircle) => t(`admin.users.relations.${c.relation}`);
  const serverMissing =
    deactivate.error instanceof ApiError
      ? (deactivate.error.problem?.errors ?? []).flatMap((e) => {
          const m = /^(?:body\.)?successors\.([0-9a-f-]{36})$/.exec(e.path);
          return m?.[1] ? [m[1]] : [];
        })
      : [];
  const fieldErrors = new Set(missing.length > 0 ? missing : serverMissing);
  const general = missing.length > 0 ? null : accountProblem(t, deactivate.error);
  const summary: SummaryItem[] = [
    ...needing
      .filter((c) => fieldErrors.has(c.youthId))
      .map((c) => ({
        id: fieldOf(c.youthId),
        message: t("admin.users.deactivate.chooseSuccessorFor", { code: c.youthCode }),
      })),
    ...(general && fieldErrors.size === 0 ? [{ id: null, message: general }] : []),
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const open = needing.filter((c) => !chosen[c.youthId]).map((c) => c.youthId);
    setMissing(open);
    if (open.length === 0) deactivate.mutate();
  };

  return (
    <section aria-labelledby="user-deactivate-title" className="iz-card">
      <Heading2 id="user-deactivate-title">{t("admin.users.deactivate.title")}</Heading2>
      <Alert type="warning">
        <Paragraph>{t("admin.users.deactivate.warning", { name: account.displayName })}</Paragraph>
        <Paragraph>{t("admin.users.deactivate.teamLead")}</Paragraph>
      </Alert>
      {circles.isPending && <Paragraph role="status">{t("common.loading")}</Paragraph>}
      {circles.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      )}
      {circles.isSuccess && items.length === 0 && (
        <Paragraph>
          {t("admin.users.deactivate.noCircles", { name: account.displayName })}
        </Paragraph>
      )}
      {items.length > 0 && (
        <Table>
          <caption>{t("admin.users.deactivate.caption", { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.users.deactivate.columns.youth")}</th>
              <th scope="col">{t("admin.users.deactivate.columns.location")}</th>
              <th scope="col">{t("admin.users.deactivate.columns.relation")}</th>
              <th scope="col">{t("admin.users.deactivate.columns.successor")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.membershipId}>
                <td>{c.youthCode}</td>
                <td>{c.location.name}</td>
                <td>
                  {relation(c)}
                  {c.readOnly && ` (${t("admin.users.deactivate.readOnly")})`}
                </td>
                <td>
                  {t(
                    c.needsSuccessor
                      ? "admin.users.deactivate.successorNeeded"
                      : "admin.users.deactivate.successorNotNeeded",
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={summary} attempt={attempt} />
        {needing.map((c) => {
          const candidates = circles.data?.candidates[c.relation] ?? [];
          return (
            <SelectField
              key={c.youthId}
              id={fieldOf(c.youthId)}
              label={t("admin.users.deactivate.successorLabel", {
                code: c.youthCode,
                location: c.location.name,
                relation: relation(c),
              })}
              description={
                candidates.length === 0
                  ? t("admin.users.deactivate.noCandidates", { relation: relation(c) })
                  : undefined
              }
              error={
                fieldErrors.has(c.youthId)
                  ? t("admin.users.deactivate.chooseSuccessorFor", { code: c.youthCode })
                  : undefined
              }
              required
              value={chosen[c.youthId] ?? ""}
              onChange={(e) => setChosen({ ...chosen, [c.youthId]: e.target.value })}
            >
              <option value="">{t("admin.users.deactivate.chooseSuccessor")}</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </SelectField>
          );
        })}
        <Button
          type="submit"
          appearance="secondary-action-button"
          disabled={deactivate.isPending || !circles.isSuccess}
        >
          {deactivate.isPending ? t("admin.saving") : t("admin.users.deactivate.submit")}
        </Button>
      </form>
    </section>
  );
}
