/**
 * /settings/notices: the user chooses, per kind (level rises, access requests, overdue
 * reviews), no mail, a mail at once or one a day, and the mail's language.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  Alert,
  Button,
  Fieldset,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  RadioButton,
} from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError, get, put } from "../../lib/api";
import { SelectField } from "../youths/form/Field";
import "./onboarding-i18n";
import { NOTICE_CHOICES, type NoticePreferences } from "./types";

const KEY = ["settings", "notices"] as const;
const KINDS = ["levelRise", "accessRequest", "reviewDue"] as const;

export function NoticeSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t("onboarding.notices.title"));
  const queryClient = useQueryClient();
  const stored = useQuery({
    queryKey: KEY,
    queryFn: () => get<NoticePreferences>("/api/settings/notices"),
  });
  const [values, setValues] = useState<NoticePreferences | null>(null);
  useEffect(() => {
    if (stored.data) setValues(stored.data);
  }, [stored.data]);
  const save = useMutation({
    mutationFn: (v: NoticePreferences) => put<NoticePreferences>("/api/settings/notices", v),
    onSuccess: (data) => queryClient.setQueryData(KEY, data),
  });
  const conflict = save.error instanceof ApiError && save.error.status === 409;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (values) save.mutate(values);
  };

  return (
    <>
      <Heading1>{t("onboarding.notices.title")}</Heading1>
      <Paragraph>{t("onboarding.notices.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {stored.isPending && <Paragraph>{t("common.loading")}</Paragraph>}
        {save.isSuccess && (
          <Alert type="ok">
            <Paragraph>{t("onboarding.notices.saved")}</Paragraph>
          </Alert>
        )}
      </div>
      {stored.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      )}
      {save.isError && (
        <Alert type="error" role="alert">
          <Paragraph>
            {t(conflict ? "onboarding.notices.conflict" : "onboarding.notices.error")}
          </Paragraph>
        </Alert>
      )}
      {values && (
        <form onSubmit={submit} noValidate className="iz-card">
          {KINDS.map((kind) => (
            <Fieldset key={kind} legend={t(`onboarding.notices.kinds.${kind}`)}>
              {NOTICE_CHOICES.map((choice) => {
                const id = `notices-${kind}-${choice}`;
                const checked = values[kind] === choice;
                return (
                  <FormField key={choice} type="radio">
                    <RadioButton
                      id={id}
                      name={`notices-${kind}`}
                      checked={checked}
                      onChange={() => setValues({ ...values, [kind]: choice })}
                    />
                    <FormLabel htmlFor={id} type="radio" checked={checked}>
                      {t(`onboarding.notices.choices.${choice}`)}
                    </FormLabel>
                  </FormField>
                );
              })}
            </Fieldset>
          ))}
          <SelectField
            id="notices-language"
            label={t("onboarding.notices.language")}
            value={values.language}
            onChange={(e) =>
              setValues({ ...values, language: e.target.value === "en" ? "en" : "nl" })
            }
          >
            <option value="nl">{t("onboarding.invite.languages.nl")}</option>
            <option value="en">{t("onboarding.invite.languages.en")}</option>
          </SelectField>
          <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
            {save.isPending ? t("onboarding.notices.busy") : t("onboarding.notices.save")}
          </Button>
        </form>
      )}
    </>
  );
}
