/**
 * Open invitations (GET /api/admin/invitations): who was invited, with which role and until
 * when the link works; the admin withdraws one (DELETE, logged). A withdrawn link answers like an
 * expired one. Shown on the invite page below the form.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Alert, Button, Heading2, Paragraph, Table } from "../../components/nlds";
import { ApiError, del, get } from "../../lib/api";
import { formatDateTime } from "../youths/format";
import "./admin-i18n";
import type { OpenInvitation } from "./types";

export const OPEN_INVITATIONS_KEY = ["admin", "invitations", "open"] as const;

export function OpenInvitationsList({
  organisationNames,
}: {
  /** For the system admin: organisation names by id (an org admin sees only their own). */
  organisationNames?: Map<string, string>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const open = useQuery({
    queryKey: OPEN_INVITATIONS_KEY,
    queryFn: () => get<{ items: OpenInvitation[] }>("/api/admin/invitations"),
    retry: false,
  });
  const withdraw = useMutation({
    mutationFn: (invitation: OpenInvitation) =>
      del<undefined>(`/api/admin/invitations/${invitation.id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OPEN_INVITATIONS_KEY }),
  });
  const items = open.data?.items ?? [];
  const gone = withdraw.error instanceof ApiError && withdraw.error.status === 404;

  return (
    <section aria-labelledby="open-invitations-title">
      <Heading2 id="open-invitations-title">{t("admin.invitations.title")}</Heading2>
      <Paragraph>{t("admin.invitations.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {open.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
        {withdraw.isSuccess && (
          <Alert type="ok">
            <Paragraph>
              {t("admin.invitations.withdrawn", { email: withdraw.variables.email })}
            </Paragraph>
          </Alert>
        )}
      </div>
      <div role="alert">
        {withdraw.isError && (
          <Alert type="error">
            <Paragraph>
              {t(gone ? "admin.invitations.notOpen" : "admin.users.errors.general")}
            </Paragraph>
          </Alert>
        )}
        {open.isError && (
          <Alert type="error">
            <Paragraph>{t("common.loadError")}</Paragraph>
          </Alert>
        )}
      </div>
      {open.isSuccess && items.length === 0 && <Paragraph>{t("admin.invitations.none")}</Paragraph>}
      {items.length > 0 && (
        <Table>
          <caption>{t("admin.invitations.caption", { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.users.columns.name")}</th>
              <th scope="col">{t("admin.users.columns.email")}</th>
              <th scope="col">{t("admin.invitations.role")}</th>
              {organisationNames && <th scope="col">{t("admin.users.columns.organisation")}</th>}
              <th scope="col">{t("admin.invitations.validUntil")}</th>
              <th scope="col">{t("admin.invitations.action")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>{i.displayName}</td>
                <td>{i.email}</td>
                <td>{t(`roles.${i.role}`)}</td>
                {organisationNames && <td>{organisationNames.get(i.organisationId) ?? ""}</td>}
                <td>
                  <time dateTime={i.expiresAt}>{formatDateTime(i.expiresAt)}</time>
                </td>
                <td>
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    disabled={withdraw.isPending}
                    onClick={() => withdraw.mutate(i)}
                  >
                    {t("admin.invitations.withdraw")}
                    <span className="iz-visually-hidden">
                      {t("admin.invitations.withdrawFor", { name: i.displayName })}
                    </span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
