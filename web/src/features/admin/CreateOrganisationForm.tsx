/** The system admin creates an organisation (POST /api/admin/organisations). */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Alert, Button, Heading2, Paragraph } from "../../components/nlds";
import { ApiError, post } from "../../lib/api";
import { formProblems, localProblems } from "../youths/form/form-problems";
import { ADMIN_ORGANISATIONS_KEY } from "./queries";
import {
  ORGANISATION_FIELDS,
  OrganisationFields,
  type OrganisationValues,
} from "./OrganisationFields";
import type { AdminOrganisation } from "./types";

const ID = "org-new-";
const EMPTY: OrganisationValues = { name: "", type: "", region: "" };

export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () =>
      post<AdminOrganisation>("/api/admin/organisations", {
        name: values.name.trim(),
        type: values.type,
        region: values.region.trim() || null,
      }),
    onSuccess: () => {
      setValues(EMPTY);
      void queryClient.invalidateQueries({ queryKey: ADMIN_ORGANISATIONS_KEY });
    },
  });
  const taken = create.error instanceof ApiError && create.error.status === 409;
  const problems =
    Object.keys(missing).length > 0
      ? localProblems(ID, missing)
      : formProblems(
          t,
          {
            ns: "admin.organisations.fieldErrors",
            idPrefix: ID,
            fields: ORGANISATION_FIELDS,
            general: taken ? t("admin.organisations.nameTaken") : undefined,
          },
          create.error,
        );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const local: Record<string, string> = {};
    if (values.name.trim().length < 2)
      local.name = t("admin.organisations.fieldErrors.name.default");
    if (!values.type) local.type = t("admin.organisations.fieldErrors.type.default");
    setMissing(local);
    if (Object.keys(local).length === 0) create.mutate();
  };

  return (
    <section aria-labelledby="org-new-title">
      <Heading2 id="org-new-title">{t("admin.organisations.createTitle")}</Heading2>
      <div role="status" aria-live="polite">
        {create.isSuccess && (
          <Alert type="ok">
            <Paragraph>{t("admin.organisations.created", { name: create.data.name })}</Paragraph>
          </Alert>
        )}
      </div>
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={problems.summary} attempt={attempt} />
        <OrganisationFields
          idPrefix={ID}
          values={values}
          errors={problems.fields}
          onChange={setValues}
        />
        <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
          {create.isPending ? t("admin.saving") : t("admin.organisations.create")}
        </Button>
      </form>
    </section>
  );
}
