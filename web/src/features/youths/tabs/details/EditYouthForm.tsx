/**
 * Edit a dossier with optimistic concurrency: the PATCH carries the version the user saw. On a
 * 409 the user is told someone else changed it and can load the latest version.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { YouthDossier } from "../../../../../../src/shared/youth.schema";
import { Alert, Button, Heading3, Paragraph } from "../../../../components/nlds";
import { ApiError, patch } from "../../../../lib/api";
import { ErrorSummary } from "../../../../components/ErrorSummary";
import { formProblems } from "../../form/form-problems";
import { possibleDuplicates } from "../../register/youth-form-values";
import { youthKeys } from "../../queries";
import "../../youths-i18n";
import { editValuesOf, isEmptyUpdate, toUpdateBody, type EditValues } from "./edit-values";
import { EDIT_FIELDS, EDIT_ID, EditYouthFields } from "./EditYouthFields";

/** The edit form; `onDone(saved)` closes it. Remount it (key) when the version changes. */
export function EditYouthForm({
  dossier,
  onDone,
}: {
  dossier: YouthDossier;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const before = editValuesOf(dossier);
  const [values, setValues] = useState<EditValues>(before);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    document.getElementById(`${EDIT_ID}displayName`)?.focus();
  }, []);
  const save = useMutation({
    mutationFn: (confirmNotDuplicate: boolean) =>
      patch<{ version: number }>(`/api/youths/${dossier.id}`, {
        ...toUpdateBody(before, values, dossier.version),
        ...(confirmNotDuplicate ? { confirmNotDuplicate } : {}),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: youthKeys.all });
      onDone(true);
    },
  });
  const conflictError = save.error instanceof ApiError && save.error.status === 409;
  // A 409 is either a possible duplicate (a new V-number, BSN or name + date of birth matches
  // another dossier) or a stale version (someone else saved first).
  const duplicates = conflictError
    ? possibleDuplicates((save.error as ApiError).problem?.errors)
    : [];
  const conflict = conflictError && duplicates.length === 0;
  const problems = formProblems(
    t,
    { ns: "youths.register.fieldErrors", idPrefix: EDIT_ID, fields: EDIT_FIELDS },
    conflictError ? null : save.error,
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    if (isEmptyUpdate(toUpdateBody(before, values, dossier.version))) onDone(false);
    else save.mutate(false);
  };

  return (
    <form onSubmit={submit} noValidate className="iz-card iz-form" aria-labelledby="edit-title">
      <Heading3 id="edit-title">{t("youths.details.editTitle")}</Heading3>
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
      {duplicates.length > 0 && (
        <Alert type="warning" role="alert">
          <Paragraph>
            {t("youths.details.duplicate", {
              organisations: [...new Set(duplicates.map((d) => d.organisation))].join(", "),
            })}
          </Paragraph>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => save.mutate(true)}
          >
            {t("youths.details.saveAnyway")}
          </Button>
        </Alert>
      )}
      <ErrorSummary items={problems.summary} attempt={attempt} />
      <EditYouthFields
        values={values}
        onChange={(p) => setValues({ ...values, ...p })}
        errors={problems.fields}
      />
      <div className="iz-row">
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          {save.isPending ? t("youths.details.saving") : t("common.save")}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
