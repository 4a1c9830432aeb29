/**
 * Gebruikers (/admin/users): an org admin sees the accounts of their own organisation, the
 * system admin everyone's (or one organisation's). Search by name or e-mail, role and status;
 * pages of 25. Each name links to the account's page. No dossier content.
 */
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, Button, Heading1, Paragraph, StatusBadge, Table } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError, get } from "../../lib/api";
import { hasRole, useSession } from "../../lib/session";
import { SelectField, TextField } from "../youths/form/Field";
import "./admin-i18n";
import { ACCOUNT_STATUSES, ROLES } from "./types";
import { useAdminUsers, type UserSearch } from "./user-queries";

const EMPTY: UserSearch = { q: "", role: "", status: "", organisationId: "", cursor: null };

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.users.title"));
  const { data: session } = useSession();
  const isSystemAdmin = hasRole(session, "system_admin");
  const [form, setForm] = useState<UserSearch>(EMPTY);
  const [search, setSearch] = useState<UserSearch>(EMPTY);
  /** Cursors of the pages before the current one, to go back. */
  const [previous, setPrevious] = useState<(string | null)[]>([]);
  const users = useAdminUsers(search);
  const organisations = useQuery({
    queryKey: ["organisations"],
    queryFn: () => get<{ items: { id: string; name: string }[] }>("/api/organisations"),
    enabled: isSystemAdmin,
  });
  const forbidden = users.error instanceof ApiError && users.error.status === 403;
  const items = users.data?.items ?? [];
  const total = users.data?.total ?? 0;
  const nextCursor = users.data?.nextCursor ?? null;
  const set = (f: keyof UserSearch) => (e: { target: { value: string } }) =>
    setForm({ ...form, [f]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPrevious([]);
    setSearch({ ...form, cursor: null });
  };
  const next = () => {
    if (!nextCursor) return;
    setPrevious([...previous, search.cursor]);
    setSearch({ ...search, cursor: nextCursor });
  };
  const back = () => {
    const cursor = previous[previous.length - 1] ?? null;
    setPrevious(previous.slice(0, -1));
    setSearch({ ...search, cursor });
  };
  const pageNumber = previous.length + 1;

  return (
    <>
      <Heading1>{t("admin.users.title")}</Heading1>
      <Paragraph>{t(isSystemAdmin ? "admin.users.introSystem" : "admin.users.intro")}</Paragraph>
      {!forbidden && (
        <Paragraph>
          <Link to="/admin/invitations" className="iz-target">
            {t("admin.users.invite")}
          </Link>
        </Paragraph>
      )}
      {!forbidden && (
        <form onSubmit={submit} role="search" aria-label={t("admin.users.searchLabel")}>
          <TextField
            id="users-q"
            type="search"
            label={t("admin.users.search")}
            description={t("admin.users.searchHint")}
            autoComplete="off"
            value={form.q}
            onChange={set("q")}
          />
          <SelectField
            id="users-role"
            label={t("admin.users.role")}
            value={form.role}
            onChange={set("role")}
          >
            <option value="">{t("admin.users.anyRole")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="users-status"
            label={t("admin.users.status")}
            value={form.status}
            onChange={set("status")}
          >
            <option value="">{t("admin.users.anyStatus")}</option>
            {ACCOUNT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`admin.users.statuses.${s}`)}
              </option>
            ))}
          </SelectField>
          {isSystemAdmin && (
            <SelectField
              id="users-organisation"
              label={t("admin.users.organisation")}
              value={form.organisationId}
              onChange={set("organisationId")}
            >
              <option value="">{t("admin.users.anyOrganisation")}</option>
              {(organisations.data?.items ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
          )}
          <Button type="submit" appearance="primary-action-button">
            {t("admin.users.searchButton")}
          </Button>
        </form>
      )}
      <div role="status" aria-live="polite">
        {users.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
        {users.isSuccess && (
          <Paragraph>{t("admin.users.found", { count: total, page: pageNumber })}</Paragraph>
        )}
      </div>
      {users.isError && (
        <Alert type="error" role="alert">
          <Paragraph>
            {t(
              forbidden
                ? "admin.forbidden"
                : users.error instanceof ApiError && users.error.status === 400
                  ? "admin.users.badSearch"
                  : "common.loadError",
            )}
          </Paragraph>
        </Alert>
      )}
      {users.isSuccess && items.length === 0 && <Paragraph>{t("admin.users.none")}</Paragraph>}
      {users.isSuccess && items.length > 0 && (
        <Table>
          <caption>{t("admin.users.caption", { count: items.length, page: pageNumber })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.users.columns.name")}</th>
              <th scope="col">{t("admin.users.columns.email")}</th>
              {isSystemAdmin && <th scope="col">{t("admin.users.columns.organisation")}</th>}
              <th scope="col">{t("admin.users.columns.roles")}</th>
              <th scope="col">{t("admin.users.columns.status")}</th>
              <th scope="col">{t("admin.users.columns.twoFactor")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link to={`/admin/users/${u.id}`} className="iz-target">
                    {u.displayName}
                  </Link>
                </td>
                <td>{u.email}</td>
                {isSystemAdmin && <td>{u.organisation.name}</td>}
                <td>{u.roles.map((r) => t(`roles.${r}`)).join(", ")}</td>
                <td>
                  <StatusBadge>{t(`admin.users.statuses.${u.status}`)}</StatusBadge>
                </td>
                <td>{t(u.twoFactor ? "admin.users.twoFactorOn" : "admin.users.twoFactorOff")}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {(previous.length > 0 || nextCursor) && (
        <nav aria-label={t("admin.users.paging")} className="iz-row">
          {previous.length > 0 && (
            <Button type="button" appearance="secondary-action-button" onClick={back}>
              {t("admin.users.previousPage")}
            </Button>
          )}
          {nextCursor && (
            <Button type="button" appearance="secondary-action-button" onClick={next}>
              {t("admin.users.nextPage")}
            </Button>
          )}
        </nav>
      )}
    </>
  );
}
