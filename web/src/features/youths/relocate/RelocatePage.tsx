/**
 * Verhuizen (/youths/:id/relocate): move the youth to another reception location with the
 * mandatory handover note and, optionally, a new mentor there. Sends the dossier's version;
 * a 409 asks the user to reload.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { Alert, Button, Heading2, Paragraph } from "../../../components/nlds";
import { ApiError, post } from "../../../lib/api";
import { useDossier } from "../dossier/dossier-context";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { formProblems } from "../form/form-problems";
import { useLocations, youthKeys } from "../queries";
import "../youths-i18n";
import {
  RELOCATE_FIELDS,
  RELOCATE_ID,
  RelocateFields,
  type RelocateValues,
} from "./RelocateFields";

const EMPTY: RelocateValues = {
  toLocationId: "",
  newMentorId: "",
  openConcerns: "",
  safetyAgreements: "",
  nextSteps: "",
};

/** The relocation page, nested in the dossier layout (the header stays visible). */
export function RelocatePage() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { data: locations } = useLocations();
  const [values, setValues] = useState<RelocateValues>(EMPTY);
  const [attempt, setAttempt] = useState(0);
  const base = `/youths/${dossier.id}`;

  const relocate = useMutation({
    mutationFn: () =>
      post<{ version: number }>(`/api/youths/${dossier.id}/relocations`, {
        toLocationId: values.toLocationId,
        ...(values.newMentorId ? { newMentorId: values.newMentorId } : {}),
        version: dossier.version,
        handover: {
          openConcerns: values.openConcerns,
          safetyAgreements: values.safetyAgreements,
          nextSteps: values.nextSteps,
        },
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: youthKeys.all });
      const to = locations?.find((l) => l.id === values.toLocationId)?.name ?? "";
      void navigate(base, { state: { flash: t("youths.relocate.done", { location: to }) } });
    },
  });
  const conflict = relocate.error instanceof ApiError && relocate.error.status === 409;
  const problems = formProblems(
    t,
    { ns: "youths.relocate.fieldErrors", idPrefix: RELOCATE_ID, fields: RELOCATE_FIELDS },
    conflict ? null : relocate.error,
  );

  if (!dossier.abilities["youth.relocate"]) {
    return (
      <section aria-labelledby="relocate-title">
        <Heading2 id="relocate-title">{t("youths.relocate.title")}</Heading2>
        <Paragraph>{t("youths.relocate.notAllowed")}</Paragraph>
      </section>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    relocate.mutate();
  };

  return (
    <section aria-labelledby="relocate-title">
      <Heading2 id="relocate-title">{t("youths.relocate.title")}</Heading2>
      <Paragraph>{t("youths.relocate.intro", { name: dossier.displayName })}</Paragraph>
      {conflict && (
        <Alert type="error" role="alert">
          <Paragraph>{t("youths.details.conflict")}</Paragraph>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => void qc.invalidateQueries({ queryKey: youthKeys.dossier(dossier.id) })}
          >
            {t("youths.details.reload")}
          </Button>
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="iz-card iz-form">
        <ErrorSummary items={problems.summary} attempt={attempt} />
        <RelocateFields
          currentLocationId={dossier.location.id}
          values={values}
          onChange={(p) => setValues({ ...values, ...p })}
          errors={problems.fields}
        />
        <div className="iz-row">
          <Button type="submit" appearance="primary-action-button" disabled={relocate.isPending}>
            {relocate.isPending ? t("youths.relocate.busy") : t("youths.relocate.submit")}
          </Button>
          <Link to={base} className="iz-target">
            {t("common.cancel")}
          </Link>
        </div>
      </form>
    </section>
  );
}
