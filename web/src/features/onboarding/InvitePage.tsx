/**
 * /admin/invitations: an org admin invites a colleague into their own organisation; the system
 * admin into any (and may make a system admin). The mail goes out from the outbox.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type SummaryItem } from "../../components/ErrorSummary";
import { Alert, Button, Heading1, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError, get, post } from "../../lib/api";
import { currentLanguage } from "../../lib/i18n";
import { hasRole, useSession } from "../../lib/session";
import { SelectField, TextField } from "../youths/form/Field";
import { OPEN_INVITATIONS_KEY, OpenInvitationsList } from "../admin/OpenInvitationsList";
import "./onboarding-i18n";
import { ImportInvitationsForm } from "./ImportInvitationsForm";
import { ROLES } from "./types";

const ID = "invite-";
const EMPTY = { displayName: "", email: "", role: "", organisationId: "", language: "" };
type Values = typeof EMPTY;
type Field = keyof Values;

export function InvitePage() {
  const { t } = useTranslation();
  usePageTitle(t("onboarding.invite.title"));
  const { data: session } = useSession();
  const isSystemAdmin = hasRole(session, "system_admin");
  const [values, setValues] = useState<Values>({ ...EMPTY, language: currentLanguage() });
  const [attempt, setAttempt] = useState(0);
  const queryClient = useQueryClient();
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const organisations = useQuery({
    queryKey: ["organisations"],
    queryFn: () => get<{ items: { id: string; name: string }[] }>("/api/organisations"),
    enabled: isSystemAdmin,
  });
  const invite = useMutation({
    mutationFn: () =>
      post<{ email: string }>("/api/admin/invitations", {
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        role: values.role,
        language: values.language === "en" ? "en" : "nl",
        ...(isSystemAdmin ? { organisationId: values.organisationId } : {}),
      }),
    onSuccess: () => {
      setValues({ ...EMPTY, language: values.language });
      void queryClient.invalidateQueries({ queryKey: OPEN_INVITATIONS_KEY });
    },
  });
  const roles = ROLES.filter((r) => isSystemAdmin || r !== "system_admin");
  const status = invite.error instanceof ApiError ? invite.error.status : null;
  const serverFields: Partial<Record<Field, string>> = {};
  for (const e of invite.error instanceof ApiError ? (invite.error.problem?.errors ?? []) : []) {
    const f = e.path.replace(/^body\./, "");
    if (f === "email" || f === "displayName" || f === "role" || f === "organisationId")
      serverFields[f] ??= t(
        `onboarding.invite.errors.${f === "displayName" ? "name" : f === "organisationId" ? "organisation" : f}`,
      );
  }
  const fields = Object.keys(local).length > 0 ? local : serverFields;
  const general =
    Object.keys(fields).length > 0 || !invite.isError
      ? null
      : status === 409
        ? t("onboarding.invite.errors.taken")
        : status === 403
          ? t("onboarding.invite.errors.forbidden")
          : status === 404
            ? t("onboarding.invite.errors.notFound")
            : t("onboarding.invite.errors.general");
  const order: Field[] = ["displayName", "email", "role", "organisationId"];
  const summary: SummaryItem[] = [
    ...order.flatMap((f) => {
      const message = fields[f];
      return message ? [{ id: `${ID}${f}`, message }] : [];
    }),
    ...(general ? [{ id: null, message: general }] : []),
  ];

  const set = (f: Field) => (e: { target: { value: string } }) =>
    setValues({ ...values, [f]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const found: Partial<Record<Field, string>> = {};
    if (!values.displayName.trim()) found.displayName = t("onboarding.invite.errors.name");
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
      found.email = t("onboarding.invite.errors.email");
    if (!values.role) found.role = t("onboarding.invite.errors.role");
    if (isSystemAdmin && !values.organisationId)
      found.organisationId = t("onboarding.invite.errors.organisation");
    setLocal(found);
    if (Object.keys(found).length === 0) invite.mutate();
  };

  return (
    <>
      <Heading1>{t("onboarding.invite.title")}</Heading1>
      <Paragraph>{t("onboarding.invite.intro")}</Paragraph>
      <div role="status" aria-live="polite">
        {invite.isSuccess && (
          <Alert type="ok">
            <Paragraph>{t("onboarding.invite.sent", { email: invite.data.email })}</Paragraph>
          </Alert>
        )}
      </div>
      <form onSubmit={submit} noValidate className="iz-card">
        <ErrorSummary items={summary} attempt={attempt} />
        <TextField
          id={`${ID}displayName`}
          label={t("onboarding.invite.name")}
          error={fields.displayName}
          required
          autoComplete="off"
          value={values.displayName}
          onChange={set("displayName")}
        />
        <TextField
          id={`${ID}email`}
          type="email"
          label={t("onboarding.invite.email")}
          error={fields.email}
          required
          autoComplete="off"
          value={values.email}
          onChange={set("email")}
        />
        <SelectField
          id={`${ID}role`}
          label={t("onboarding.invite.role")}
          error={fields.role}
          required
          value={values.role}
          onChange={set("role")}
        >
          <option value="">{t("onboarding.invite.chooseRole")}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        {isSystemAdmin && (
          <SelectField
            id={`${ID}organisationId`}
            label={t("onboarding.invite.organisation")}
            error={fields.organisationId}
            required
            value={values.organisationId}
            onChange={set("organisationId")}
          >
            <option value="">{t("onboarding.invite.chooseOrganisation")}</option>
            {(organisations.data?.items ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          id={`${ID}language`}
          label={t("onboarding.invite.language")}
          value={values.language}
          onChange={set("language")}
        >
          <option value="nl">{t("onboarding.invite.languages.nl")}</option>
          <option value="en">{t("onboarding.invite.languages.en")}</option>
        </SelectField>
        <Button type="submit" appearance="primary-action-button" disabled={invite.isPending}>
          {invite.isPending ? t("onboarding.invite.busy") : t("onboarding.invite.submit")}
        </Button>
      </form>
      <OpenInvitationsList
        organisationNames={
          isSystemAdmin
            ? new Map((organisations.data?.items ?? []).map((o) => [o.id, o.name]))
            : undefined
        }
      />
      {(!isSystemAdmin || values.organisationId) && (
        <ImportInvitationsForm organisationId={isSystemAdmin ? values.organisationId : null} />
      )}
    </>
  );
}
