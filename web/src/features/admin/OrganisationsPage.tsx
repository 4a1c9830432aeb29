/**
 * Organisaties (/admin/organisations) for the system admin: every organisation with its type,
 * region, status and how many active users and youths it has (counts only), a link to change
 * or deactivate one, and a form to create one.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, Heading1, Paragraph, StatusBadge, Table } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError } from "../../lib/api";
import "./admin-i18n";
import { CreateOrganisationForm } from "./CreateOrganisationForm";
import { useAdminOrganisations } from "./queries";

export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.organisations.title"));
  const orgs = useAdminOrganisations();
  const forbidden = orgs.error instanceof ApiError && orgs.error.status === 403;
  const items = orgs.data?.items ?? [];

  return (
    <>
      <Heading1>{t("admin.organisations.title")}</Heading1>
      <Paragraph>{t("admin.organisations.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {orgs.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
      </div>
      {orgs.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(forbidden ? "admin.forbidden" : "common.loadError")}</Paragraph>
        </Alert>
      )}
      {orgs.isSuccess && (
        <Table>
          <caption>{t("admin.organisations.caption", { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.organisations.columns.name")}</th>
              <th scope="col">{t("admin.organisations.columns.type")}</th>
              <th scope="col">{t("admin.organisations.columns.region")}</th>
              <th scope="col">{t("admin.organisations.columns.status")}</th>
              <th scope="col">{t("admin.organisations.columns.activeUsers")}</th>
              <th scope="col">{t("admin.organisations.columns.youths")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/admin/organisations/${o.id}`} className="iz-target">
                    {o.name}
                  </Link>
                </td>
                <td>{t(`admin.organisations.types.${o.type}`)}</td>
                <td>{o.region ?? t("admin.organisations.noRegion")}</td>
                <td>
                  <StatusBadge>
                    {t(o.active ? "admin.organisations.active" : "admin.organisations.inactive")}
                  </StatusBadge>
                </td>
                <td>{o.activeUsers}</td>
                <td>{o.youths}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {!forbidden && <CreateOrganisationForm />}
    </>
  );
}
