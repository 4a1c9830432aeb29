/**
 * The refresher interval of an organisation: after this many months a completion shows as
 * "opfrissen nodig". Team leads set their own organisation's; trainers pick an organisation.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardView } from "../../../../src/shared/training-dashboard.schema";
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Select,
} from "../../components/nlds";
import { useSetRefresher } from "./training-api";

const CHOICES = [6, 12, 18, 24, 36];

/** The form for the given organisations (one for a team lead, all for a trainer). */
export function RefresherForm({
  organisations,
}: {
  organisations: DashboardView["organisations"];
}) {
  const { t } = useTranslation();
  const set = useSetRefresher();
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? "");
  const current = organisations.find((o) => o.id === organisationId);
  const [months, setMonths] = useState(
    current?.refresherMonths ? String(current.refresherMonths) : "",
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!organisationId) return;
    set.mutate({ organisationId, months: months ? Number(months) : null });
  };

  return (
    <form onSubmit={submit} noValidate className="iz-card">
      {organisations.length > 1 && (
        <FormField>
          <FormLabel htmlFor="refresher-organisation">
            {t("training.refresher.organisation")}
          </FormLabel>
          <Select
            id="refresher-organisation"
            value={organisationId}
            onChange={(e) => {
              setOrganisationId(e.target.value);
              const org = organisations.find((o) => o.id === e.target.value);
              setMonths(org?.refresherMonths ? String(org.refresherMonths) : "");
            }}
          >
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <FormField>
        <FormLabel htmlFor="refresher-months">{t("training.refresher.months")}</FormLabel>
        <FormFieldDescription id="refresher-help">
          {t("training.refresher.help")}
        </FormFieldDescription>
        <Select
          id="refresher-months"
          value={months}
          aria-describedby="refresher-help"
          onChange={(e) => setMonths(e.target.value)}
        >
          <option value="">{t("training.refresher.none")}</option>
          {CHOICES.map((m) => (
            <option key={m} value={String(m)}>
              {t("training.refresher.everyMonths", { count: m })}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" appearance="secondary-action-button" disabled={set.isPending}>
        {t("training.refresher.submit")}
      </Button>
      <div aria-live="polite">
        {set.isSuccess && (
          <Alert type="ok">
            <Paragraph>{t("training.refresher.saved")}</Paragraph>
          </Alert>
        )}
        {set.isError && (
          <Alert type="error">
            <Paragraph>{t("training.refresher.error")}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
