/**
 * Register a youth (/youths/new): every field of registerYouthBody, inline errors from the
 * API's problem+json with a focused error summary, and the duplicate warning on a 409.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { Button, Heading1, Paragraph } from "../../../components/nlds";
import { usePageTitle } from "../../../components/PageTitle";
import { ApiError, post } from "../../../lib/api";
import { useSession } from "../../../lib/session";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { formProblems } from "../form/form-problems";
import { useLocations, youthKeys } from "../queries";
import "../youths.css";
import "../youths-i18n";
import { DuplicateWarning } from "./DuplicateWarning";
import { REGISTER_FIELDS, REGISTER_ID, RegisterYouthFields } from "./RegisterYouthFields";
import {
  emptyYouthForm,
  possibleDuplicates,
  toRegisterBody,
  type YouthFormValues,
} from "./youth-form-values";

/** The page at /youths/new. */
export function RegisterYouthPage() {
  const { t } = useTranslation();
  usePageTitle(t("youths.register.title"));
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { data: session } = useSession();
  const { data: locations } = useLocations();
  const own = locations?.find((l) => l.id === session?.user.organisation.id)?.id ?? "";
  const [edited, setEdited] = useState<YouthFormValues | null>(null);
  const values = edited ?? emptyYouthForm(own);
  const [attempt, setAttempt] = useState(0);

  const register = useMutation({
    mutationFn: (confirmNotDuplicate: boolean) =>
      post<{ id: string }>("/api/youths", toRegisterBody(values, confirmNotDuplicate)),
    onSuccess: async ({ id }) => {
      await qc.invalidateQueries({ queryKey: youthKeys.all });
      void navigate(`/youths/${id}`);
    },
  });

  const error = register.error;
  const duplicates =
    error instanceof ApiError && error.status === 409
      ? possibleDuplicates(error.problem?.errors)
      : [];
  const problems = formProblems(
    t,
    { ns: "youths.register.fieldErrors", idPrefix: REGISTER_ID, fields: REGISTER_FIELDS },
    duplicates.length > 0 ? null : error,
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    register.mutate(false);
  };

  return (
    <>
      <Heading1>{t("youths.register.title")}</Heading1>
      <Paragraph>{t("youths.register.intro")}</Paragraph>
      <Paragraph>
        <Link to="/youths">{t("youths.register.back")}</Link>
      </Paragraph>
      {duplicates.length > 0 && (
        <DuplicateWarning
          duplicates={duplicates}
          busy={register.isPending}
          onConfirm={() => register.mutate(true)}
        />
      )}
      <form onSubmit={submit} noValidate className="iz-card iz-form">
        <ErrorSummary items={problems.summary} attempt={attempt} />
        <RegisterYouthFields
          values={values}
          onChange={(patch) => setEdited({ ...values, ...patch })}
          errors={problems.fields}
          locations={locations}
        />
        <Button type="submit" appearance="primary-action-button" disabled={register.isPending}>
          {register.isPending ? t("youths.register.busy") : t("youths.register.submit")}
        </Button>
      </form>
    </>
  );
}
