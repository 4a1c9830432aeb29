/** Every report of the youth: kind, status, who sent it when, and the PDF/JSON downloads. */
import { useTranslation } from "react-i18next";
import type { ReportView } from "../../../../../src/shared/reports.schema";
import { Button, Paragraph, StatusBadge, Table } from "../../../components/nlds";
import { formatDateTime } from "../../youths/format";
import { youthPath } from "../queries";

export function ReportList({
  youthId,
  reports,
  canExport,
  canEdit,
  onEdit,
}: {
  youthId: string;
  reports: ReportView[];
  canExport: boolean;
  canEdit: boolean;
  onEdit: (r: ReportView) => void;
}) {
  const { t } = useTranslation();
  if (reports.length === 0) return <Paragraph>{t("steps.reports.none")}</Paragraph>;
  return (
    <Table>
      <caption>{t("steps.reports.listCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("steps.reports.col.kind")}</th>
          <th scope="col">{t("steps.reports.col.status")}</th>
          <th scope="col">{t("steps.reports.col.who")}</th>
          <th scope="col">{t("steps.reports.col.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => {
          const name = t(`steps.reports.kinds.${r.kind}`);
          const base = youthPath(youthId, `reports/${r.id}/report`);
          return (
            <tr key={r.id}>
              <th scope="row">{name}</th>
              <td>
                <StatusBadge>{t(`steps.reports.status.${r.status}`)}</StatusBadge>
              </td>
              <td>
                {r.sentBy
                  ? t("steps.reports.sentBy", {
                      name: r.sentBy.name,
                      organisation: r.sentBy.organisation,
                      when: formatDateTime(r.sentAt),
                    })
                  : t("steps.reports.draftBy", {
                      name: r.createdBy.name,
                      when: formatDateTime(r.updatedAt),
                    })}
              </td>
              <td>
                {r.status === "sent" && canExport ? (
                  <span className="iz-steps-downloads">
                    <a href={`${base}.pdf`} download>
                      {t("steps.reports.downloadPdf", { kind: name })}
                    </a>{" "}
                    <a href={`${base}.json`} download>
                      {t("steps.reports.downloadJson", { kind: name })}
                    </a>
                  </span>
                ) : null}
                {r.status === "draft" && canEdit ? (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    onClick={() => onEdit(r)}
                  >
                    {t("steps.reports.edit", { kind: name })}
                  </Button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
