/** Change an account's roles (PATCH /api/admin/users/:id/roles, with the version shown). */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Button, Fieldset, Heading2, Paragraph } from "../../components/nlds";
import { patch } from "../../lib/api";
import { CheckboxField } from "../youths/form/Field";
import { ROLES, type AdminAccount } from "./types";
import { accountProblem } from "./user-problems";

export function UserRolesForm({
  account,
  onChanged,
}: {
  account: AdminAccount;
  onChanged: (next?: AdminAccount, done?: string) => void;
}) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<string[]>(account.roles);
  const [empty, setEmpty] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      patch<AdminAccount>(`/api/admin/users/${account.id}/roles`, {
        version: account.version,
        roles,
      }),
    onSuccess: (next) => {
      setRoles(next.roles);
      onChanged(next, t("admin.users.roles.saved"));
    },
    onError: () => onChanged(),
  });
  const grantable: readonly string[] = account.grantableRoles;
  const current: readonly string[] = account.roles;
  const shown = ROLES.filter((r) => grantable.includes(r) || current.includes(r));
  const unchanged = roles.length === current.length && roles.every((r) => current.includes(r));
  const problem = empty ? t("admin.users.roles.atLeastOne") : accountProblem(t, save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setEmpty(roles.length === 0);
    if (roles.length > 0) save.mutate();
  };

  return (
    <section aria-labelledby="user-roles-title" className="iz-card">
      <Heading2 id="user-roles-title">{t("admin.users.roles.title")}</Heading2>
      <Paragraph>{t("admin.users.roles.intro")}</Paragraph>
      <div role="alert">
        {problem && (
          <Alert type="error">
            <Paragraph>{problem}</Paragraph>
          </Alert>
        )}
      </div>
      <form onSubmit={submit} noValidate>
        <Fieldset legend={t("admin.users.roles.legend")}>
          {shown.map((r) =>
            grantable.includes(r) ? (
              <CheckboxField
                key={r}
                id={`user-role-${r}`}
                label={t(`roles.${r}`)}
                checked={roles.includes(r)}
                onChange={(on) => setRoles(on ? [...roles, r] : roles.filter((x) => x !== r))}
              />
            ) : (
              <Paragraph key={r}>
                {t("admin.users.roles.notYours", { role: t(`roles.${r}`) })}
              </Paragraph>
            ),
          )}
        </Fieldset>
        <Button
          type="submit"
          appearance="primary-action-button"
          disabled={save.isPending || unchanged}
        >
          {save.isPending ? t("admin.saving") : t("admin.users.roles.save")}
        </Button>
      </form>
    </section>
  );
}
