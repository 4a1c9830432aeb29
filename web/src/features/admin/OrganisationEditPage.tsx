/**
 * One organisation (/admin/organisations/:id) for the system admin: change its name, type or
 * region, or deactivate it. An organisation that still has youths or active users cannot be
 * deactivated; the page says so before and after the attempt, with the counts.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Alert, Button, Heading1, Heading2, Paragraph, UnorderedList } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError, patch, post } from "../../lib/api";
import { formProblems } from "../youths/form/form-problems";
import "./admin-i18n";
import {
  ORGANISATION_FIELDS,
  OrganisationFields,
  type OrganisationValues,
} from "./OrganisationFields";
import { ADMIN_ORGANISATIONS_KEY, useAdminOrganisations } from "./queries";
import type { AdminOrganisation } from "./types";

const ID = "org-edit-";

export function OrganisationEditPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const orgs = useAdminOrganisations();
  const org = orgs.data?.items.find((o) => o.id === organisationId);
  usePageTitle(org?.name ?? t("admin.organisations.title"));
  if (orgs.isPending) return <Paragraph role="status">{t("common.loading")}</Paragraph>;
  if (!org)
    return (
      <>
        <Heading1>{t("admin.organisations.notFound")}</Heading1>
        <Paragraph>
          <Link to="/admin/organisations">{t("admin.organisations.back")}</Link>
        </Paragraph>
      </>
    );
  return <OrganisationEditor key={`${org.id}-${org.version}`} org={org} />;
}

function OrganisationEditor({ org }: { org: AdminOrganisation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OrganisationValues>({
    name: org.name,
    type: org.type,
    region: org.region ?? "",
  });
  const [attempt, setAttempt] = useState(0);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ADMIN_ORGANISATIONS_KEY });
  const save = useMutation({
    mutationFn: () =>
      patch<AdminOrganisation>(`/api/admin/organisations/${org.id}`, {
        version: org.version,
        name: values.name.trim(),
        type: values.type,
        region: values.region.trim() || null,
      }),
    onSuccess: refresh,
    onError: refresh,
  });
  const deactivate = useMutation({
    mutationFn: () =>
      post<AdminOrganisation>(`/api/admin/organisations/${org.id}/deactivation`, {
        version: org.version,
      }),
    onSuccess: refresh,
    onError: refresh,
  });
  const problems = formProblems(
    t,
    {
      ns: "admin.organisations.fieldErrors",
      idPrefix: ID,
      fields: ORGANISATION_FIELDS,
      general:
        save.error instanceof ApiError && save.error.status === 409
          ? t("admin.organisations.saveConflict")
          : undefined,
    },
    save.error,
  );
  const blockers = [
    ...(org.youths > 0 ? [t("admin.organisations.blockYouths", { count: org.youths })] : []),
    ...(org.activeUsers > 0
      ? [t("admin.organisations.blockUsers", { count: org.activeUsers })]
      : []),
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    save.mutate();
  };

  return (
    <>
      <Heading1>{org.name}</Heading1>
      <Paragraph>
        <Link to="/admin/organisations">{t("admin.organisations.back")}</Link>
      </Paragraph>
      <div role="status" aria-live="polite">
        {save.isSuccess && (
          <Alert type="ok">
            <Paragraph>{t("admin.organisations.saved")}</Paragraph>
          </Alert>
        )}
        {deactivate.isSuccess && (
          <Alert type="ok">
            <Paragraph>{t("admin.organisations.deactivated")}</Paragraph>
          </Alert>
        )}
      </div>
      {!org.active ? (
        <Paragraph>{t("admin.organisations.isInactive")}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="org-edit-title">
            <Heading2 id="org-edit-title">{t("admin.organisations.editTitle")}</Heading2>
            <form onSubmit={submit} noValidate>
              <ErrorSummary items={problems.summary} attempt={attempt} />
              <OrganisationFields
                idPrefix={ID}
                values={values}
                errors={problems.fields}
                onChange={setValues}
              />
              <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
                {save.isPending ? t("admin.saving") : t("common.save")}
              </Button>
            </form>
          </section>
          <section aria-labelledby="org-deactivate-title">
            <Heading2 id="org-deactivate-title">
              {t("admin.organisations.deactivateTitle")}
            </Heading2>
            <Paragraph>{t("admin.organisations.deactivateIntro")}</Paragraph>
            {blockers.length > 0 && (
              <div role={deactivate.isError ? "alert" : undefined}>
                <Alert type={deactivate.isError ? "error" : "info"}>
                  <Paragraph>{t("admin.organisations.cannotDeactivate")}</Paragraph>
                  <UnorderedList>
                    {blockers.map((b) => (
                      <li key={b}>{b}</li>
                    ))}
                  </UnorderedList>
                </Alert>
              </div>
            )}
            {deactivate.isError && blockers.length === 0 && (
              <Alert type="error" role="alert">
                <Paragraph>{t("admin.organisations.saveConflict")}</Paragraph>
              </Alert>
            )}
            <Button
              type="button"
              appearance="secondary-action-button"
              disabled={deactivate.isPending}
              onClick={() => deactivate.mutate()}
            >
              {t("admin.organisations.deactivate")}
            </Button>
          </section>
        </>
      )}
    </>
  );
}
