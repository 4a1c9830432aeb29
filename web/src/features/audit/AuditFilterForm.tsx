/** The log viewer's filters: youth id, user id, action, period. Submitting updates the URL. */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/nlds";
import { ErrorSummary } from "../../components/ErrorSummary";
import { SelectField, TextField } from "../youths/form/Field";
import type { FormProblems } from "../youths/form/form-problems";
import { AUDIT_ACTION_FILTERS } from "./audit-actions";
import type { AuditFilters } from "./audit-filters";
import "./audit-i18n";

/** Input ids start with this prefix, followed by the filter name. */
export const AUDIT_ID = "audit-";

const EMPTY: AuditFilters = { youthId: "", userId: "", action: "", from: "", to: "" };

/** The filter form; remount it (key) when the URL's filters change. */
export function AuditFilterForm({
  filters,
  onSearch,
  problems,
  attempt,
}: {
  filters: AuditFilters;
  onSearch: (f: AuditFilters) => void;
  problems: FormProblems;
  attempt: number;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AuditFilters>(filters);
  const set = (patch: Partial<AuditFilters>) => setValues({ ...values, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(values);
  };
  const text = (key: "youthId" | "userId") => (
    <TextField
      id={`${AUDIT_ID}${key}`}
      label={t(`audit.filters.${key}`)}
      description={t(`audit.filters.${key}Hint`)}
      error={problems.fields[key]}
      autoComplete="off"
      spellCheck={false}
      value={values[key]}
      onChange={(e) => set({ [key]: e.target.value })}
    />
  );
  return (
    <form role="search" onSubmit={submit} noValidate className="iz-card iz-audit-filters">
      <ErrorSummary items={problems.summary} attempt={attempt} />
      <div className="iz-audit-filters__grid">
        {text("youthId")}
        {text("userId")}
        <SelectField
          id={`${AUDIT_ID}action`}
          label={t("audit.filters.action")}
          error={problems.fields.action}
          value={values.action}
          onChange={(e) => set({ action: e.target.value })}
        >
          <option value="">{t("audit.filters.allActions")}</option>
          {AUDIT_ACTION_FILTERS.map((a) => (
            <option key={a} value={a}>
              {t(`audit.actions.${a}`, { defaultValue: a })}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${AUDIT_ID}from`}
          type="date"
          label={t("audit.filters.from")}
          error={problems.fields.from}
          value={values.from}
          onChange={(e) => set({ from: e.target.value })}
        />
        <TextField
          id={`${AUDIT_ID}to`}
          type="date"
          label={t("audit.filters.to")}
          error={problems.fields.to}
          value={values.to}
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <div className="iz-row">
        <Button type="submit" appearance="primary-action-button">
          {t("audit.filters.submit")}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setValues(EMPTY);
            onSearch(EMPTY);
          }}
        >
          {t("audit.filters.clear")}
        </Button>
      </div>
    </form>
  );
}
