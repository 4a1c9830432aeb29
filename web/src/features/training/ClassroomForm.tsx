/**
 * Trainers record a classroom training (organisation, date, number of participants) so the
 * dashboard includes it. Errors are shown per field and announced.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardView } from "../../../../src/shared/training-dashboard.schema";
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  Textbox,
} from "../../components/nlds";
import { useRecordClassroom } from "./training-api";

type Field = "organisationId" | "heldOn" | "participants";

/** The form; `organisations` are the dashboard's organisations. */
export function ClassroomForm({
  organisations,
}: {
  organisations: DashboardView["organisations"];
}) {
  const { t } = useTranslation();
  const record = useRecordClassroom();
  const [organisationId, setOrganisationId] = useState("");
  const [heldOn, setHeldOn] = useState("");
  const [participants, setParticipants] = useState("");
  const [title, setTitle] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const count = Number.parseInt(participants, 10);
    const found: Partial<Record<Field, string>> = {};
    if (!organisationId) found.organisationId = t("training.classroom.errors.organisation");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) found.heldOn = t("training.classroom.errors.date");
    if (!Number.isInteger(count) || count < 1 || count > 2000) {
      found.participants = t("training.classroom.errors.participants");
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    record.mutate(
      {
        organisationId,
        heldOn,
        participants: count,
        ...(title.trim() ? { title: title.trim() } : {}),
      },
      {
        onSuccess: () => {
          setHeldOn("");
          setParticipants("");
          setTitle("");
        },
      },
    );
  };
  const described = (field: Field, help?: string) =>
    [help, errors[field] ? `classroom-${field}-error` : undefined].filter(Boolean).join(" ") ||
    undefined;

  return (
    <form onSubmit={submit} noValidate className="iz-card">
      <FormField invalid={!!errors.organisationId}>
        <FormLabel htmlFor="classroom-organisationId">
          {t("training.classroom.organisation")}
        </FormLabel>
        {errors.organisationId && (
          <FormFieldErrorMessage id="classroom-organisationId-error">
            {errors.organisationId}
          </FormFieldErrorMessage>
        )}
        <Select
          id="classroom-organisationId"
          value={organisationId}
          invalid={!!errors.organisationId}
          aria-describedby={described("organisationId")}
          onChange={(e) => setOrganisationId(e.target.value)}
        >
          <option value="">{t("training.classroom.chooseOrganisation")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField invalid={!!errors.heldOn}>
        <FormLabel htmlFor="classroom-heldOn">{t("training.classroom.date")}</FormLabel>
        <FormFieldDescription id="classroom-heldOn-help">
          {t("training.classroom.dateHelp")}
        </FormFieldDescription>
        {errors.heldOn && (
          <FormFieldErrorMessage id="classroom-heldOn-error">{errors.heldOn}</FormFieldErrorMessage>
        )}
        <Textbox
          id="classroom-heldOn"
          type="date"
          value={heldOn}
          invalid={!!errors.heldOn}
          aria-describedby={described("heldOn", "classroom-heldOn-help")}
          onChange={(e) => setHeldOn(e.target.value)}
        />
      </FormField>
      <FormField invalid={!!errors.participants}>
        <FormLabel htmlFor="classroom-participants">
          {t("training.classroom.participants")}
        </FormLabel>
        {errors.participants && (
          <FormFieldErrorMessage id="classroom-participants-error">
            {errors.participants}
          </FormFieldErrorMessage>
        )}
        <Textbox
          id="classroom-participants"
          type="number"
          inputMode="numeric"
          min={1}
          max={2000}
          value={participants}
          invalid={!!errors.participants}
          aria-describedby={described("participants")}
          onChange={(e) => setParticipants(e.target.value)}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor="classroom-title">{t("training.classroom.titleLabel")}</FormLabel>
        <Textbox
          id="classroom-title"
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={record.isPending}>
        {t("training.classroom.submit")}
      </Button>
      <div aria-live="polite">
        {record.isSuccess && (
          <Alert type="ok">
            <Paragraph>
              {t("training.classroom.saved", {
                participants: record.data.participants,
                organisation: record.data.organisationName,
              })}
            </Paragraph>
          </Alert>
        )}
        {record.isError && (
          <Alert type="error">
            <Paragraph>{t("training.classroom.errors.server")}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
