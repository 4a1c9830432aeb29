/**
 * "Meldingen" — reports to CoMensha, Veilig Thuis and the police, prefilled from the dossier and
 * the picture; consent for CoMensha; every report sent, with PDF and JSON downloads.
 */
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_KINDS } from "../../../../../src/domain/steps/options";
import type {
  ReportKind,
  ReportPrefill,
  ReportView,
} from "../../../../../src/shared/reports.schema";
import { Alert, Button, Heading2, Heading3, Paragraph } from "../../../components/nlds";
import { get } from "../../../lib/api";
import { SelectField } from "../../youths/form/Field";
import { useDossier } from "../../youths/dossier/dossier-context";
import { useReports, youthPath } from "../queries";
import "../steps.css";
import "../steps-i18n";
import { ReportEditor, type EditorStart } from "./ReportEditor";
import { ReportList } from "./ReportList";
import { QueryState, SavedMessage } from "../../../components/QueryState";

export function ReportsTab() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const query = useReports(dossier.id);
  const [kind, setKind] = useState<ReportKind>("comensha");
  const [start, setStart] = useState<EditorStart | null>(null);
  const [message, setMessage] = useState("");
  const prefill = useMutation({
    mutationFn: (k: ReportKind) =>
      get<ReportPrefill>(youthPath(dossier.id, `reports/prefill?kind=${k}`)),
    onSuccess: (p) =>
      setStart({ kind: p.kind, form: p.form, consent: null, trajectId: p.trajectId, report: null }),
  });
  const edit = (r: ReportView) =>
    setStart({
      kind: r.kind,
      form: r.form,
      consent: r.consent,
      trajectId: r.trajectId,
      report: { id: r.id, version: r.version },
    });
  const data = query.data;
  return (
    <section aria-labelledby="tab-reports" className="iz-steps">
      <Heading2 id="tab-reports">{t("steps.reports.title")}</Heading2>
      <Paragraph>{t("steps.reports.lead")}</Paragraph>
      <SavedMessage message={message} />
      <QueryState pending={query.isPending} error={query.isError} />
      {data?.abilities.create && !start ? (
        <div className="iz-card iz-form">
          <Heading3>{t("steps.reports.newTitle")}</Heading3>
          <SelectField
            id="report-kind"
            label={t("steps.reports.kindLabel")}
            value={kind}
            onChange={(e) => setKind(e.target.value as ReportKind)}
          >
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`steps.reports.kinds.${k}`)}
              </option>
            ))}
          </SelectField>
          {prefill.isError ? (
            <Alert type="error" role="alert">
              <Paragraph>{t("common.loadError")}</Paragraph>
            </Alert>
          ) : null}
          <Button
            type="button"
            appearance="primary-action-button"
            busy={prefill.isPending}
            onClick={() => prefill.mutate(kind)}
          >
            {t("steps.reports.start")}
          </Button>
        </div>
      ) : null}
      {data && start ? (
        <ReportEditor
          key={start.report?.id ?? start.kind}
          youthId={dossier.id}
          start={start}
          rule={data.consentRule}
          onDone={(m) => {
            setStart(null);
            setMessage(m);
          }}
          onCancel={() => setStart(null)}
        />
      ) : null}
      {data ? (
        <section aria-labelledby="reports-list-title">
          <Heading3 id="reports-list-title">{t("steps.reports.listTitle")}</Heading3>
          <ReportList
            youthId={dossier.id}
            reports={data.items}
            canExport={data.abilities.export}
            canEdit={data.abilities.create}
            onEdit={edit}
          />
        </section>
      ) : null}
    </section>
  );
}
