/**
 * /youths/:id/signals/new — record a signal for a youth. After saving, the user lands on the
 * picture ("Beeld") of the dossier with a success message.
 */
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { Alert, Heading1, Paragraph } from "../../../components/nlds";
import { usePageTitle } from "../../../components/PageTitle";
import { ApiError } from "../../../lib/api";
import { useCatalog } from "../../catalog/use-catalog";
import { useDossierQuery } from "../../youths/queries";
import { useInvalidateYouth } from "../queries";
import "../signals.css";
import "../../catalog/catalog.css";
import "../signals-i18n";
import type { RecordSignalResult } from "../types";
import { RecordSignalForm } from "./RecordSignalForm";

/** The route element. */
export function RecordSignalPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const dossier = useDossierQuery(id);
  const catalog = useCatalog();
  const invalidate = useInvalidateYouth();
  const name = dossier.data?.displayName ?? "";
  usePageTitle(name ? t("signals.record.titleFor", { name }) : t("signals.record.title"));

  const onSaved = (result: RecordSignalResult) => {
    void invalidate(id);
    navigate(`/youths/${id}`, {
      state: { flash: t(result.created ? "signals.record.saved" : "signals.record.savedBefore") },
    });
  };

  if (dossier.error instanceof ApiError && [400, 404].includes(dossier.error.status)) {
    return (
      <>
        <Heading1>{t("signals.record.title")}</Heading1>
        <Paragraph>{t("signals.form.notFound")}</Paragraph>
        <Paragraph>
          <Link to="/youths">{t("signals.record.toYouths")}</Link>
        </Paragraph>
      </>
    );
  }
  if (dossier.isError || catalog.isError) {
    return (
      <>
        <Heading1>{t("signals.record.title")}</Heading1>
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      </>
    );
  }
  if (!dossier.data || !catalog.data) {
    return (
      <>
        <Heading1>{t("signals.record.title")}</Heading1>
        <Paragraph role="status">{t("common.loading")}</Paragraph>
      </>
    );
  }
  const canRecord = dossier.data.abilities["signal.create"] === true;
  return (
    <>
      <Heading1>{t("signals.record.titleFor", { name })}</Heading1>
      <Paragraph>
        <Link to={`/youths/${id}/signals`}>{t("signals.record.back", { name })}</Link>
      </Paragraph>
      {canRecord ? (
        <>
          <Paragraph id="sig-form-intro">{t("signals.record.intro")}</Paragraph>
          <RecordSignalForm
            key={id}
            youthId={id}
            arrivedAt={dossier.data.arrivedAt}
            catalog={catalog.data}
            onSaved={onSaved}
          />
        </>
      ) : (
        <Alert type="info">
          <Paragraph>{t("signals.record.notAllowed")}</Paragraph>
        </Alert>
      )}
    </>
  );
}
