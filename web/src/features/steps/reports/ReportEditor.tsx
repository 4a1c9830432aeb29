/**
 * A report form: what the dossier adds (read-only), what the professional writes, consent for
 * CoMensha; saved as a draft or sent (then frozen: PDF and JSON of exactly what was sent).
 */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentRule, ReportKind } from "../../../../../src/shared/reports.schema";
import { Alert, Button, Heading3, Paragraph } from "../../../components/nlds";
import { patch, post } from "../../../lib/api";
import { DraftOrSubmitButtons } from "../components/ButtonRow";
import { MutationProblems, problemsOf } from "../components/MutationProblems";
import { useRefreshYouth, youthPath } from "../queries";
import { clean, type Loose } from "../values";
import { ConsentFields } from "./ConsentFields";
import { ReportFields } from "./ReportFields";
import { ReportSummary } from "./ReportSummary";

const FIELDS = [
  "form.exploitationTypes",
  "form.description",
  "form.situation",
  "form.concern",
  "form.stepsTaken",
  "form.consentStatus",
  "form.consentNote",
  "form.mode",
  "form.facts",
  "form.leads",
  "form.nonPunishmentNoted",
  "form.reporter.phone",
  "consent.signer",
  "consent.signerName",
  "consent.signedOn",
  "consent.statementKept",
];

export interface EditorStart {
  kind: ReportKind;
  form: Loose;
  consent: Loose | null;
  trajectId: string | null;
  report: { id: string; version: number } | null;
}

export function ReportEditor({
  youthId,
  start,
  rule,
  onDone,
  onCancel,
}: {
  youthId: string;
  start: EditorStart;
  rule: ConsentRule;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshYouth(youthId);
  const prefix = `report-${start.kind}-`;
  const [form, setForm] = useState<Loose>(start.form);
  const [consent, setConsent] = useState<Loose>(start.consent ?? {});
  const [attempt, setAttempt] = useState(0);
  const withConsent = start.kind === "comensha";
  const save = useMutation({
    mutationFn: (send: boolean) => {
      const c = clean(consent);
      const body = {
        form: clean(form),
        send,
        ...(withConsent
          ? { consent: Object.keys(c).length > 0 ? { statementKept: false, ...c } : null }
          : {}),
      };
      return start.report
        ? patch(youthPath(youthId, `reports/${start.report.id}`), {
            ...body,
            version: start.report.version,
          })
        : post(youthPath(youthId, "reports"), {
            ...body,
            kind: start.kind,
            ...(start.trajectId ? { trajectId: start.trajectId } : {}),
          });
    },
    onSuccess: async (_r, send) => {
      await refresh();
      onDone(
        t(send ? "steps.reports.sentDone" : "steps.reports.draftDone", {
          kind: t(`steps.reports.kinds.${start.kind}`),
        }),
      );
    },
  });
  const problems = problemsOf(t, prefix, FIELDS, save.error);
  const submit = (send: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    setAttempt((n) => n + 1);
    save.mutate(send);
  };
  return (
    <form
      onSubmit={submit(true)}
      noValidate
      className="iz-card iz-form iz-steps-report"
      aria-labelledby={`${prefix}title`}
    >
      <Heading3 id={`${prefix}title`}>{t(`steps.reports.kinds.${start.kind}`)}</Heading3>
      <Paragraph>{t(`steps.reports.intro.${start.kind}`)}</Paragraph>
      <MutationProblems
        error={save.error}
        problems={problems}
        attempt={attempt}
        onReload={() => void refresh()}
      />
      <ReportSummary form={form} />
      <ReportFields
        kind={start.kind}
        prefix={prefix}
        form={form}
        set={(k, v) => setForm((f) => ({ ...f, [k]: v }))}
        errors={problems.fields}
      />
      {withConsent ? (
        <ConsentFields
          prefix={prefix}
          rule={rule}
          value={consent}
          set={(k, v) => setConsent((c) => ({ ...c, [k]: v }))}
          errors={problems.fields}
        />
      ) : null}
      <Alert type="info">
        <Paragraph>{t("steps.reports.notSentByApp")}</Paragraph>
      </Alert>
      <DraftOrSubmitButtons
        save={save}
        onDraft={() => submit(false)()}
        draftLabel={t("steps.reports.saveDraft")}
        submitLabel={t("steps.reports.send")}
      >
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t("steps.common.cancel")}
        </Button>
      </DraftOrSubmitButtons>
    </form>
  );
}
