/**
 * /training: the seven modules with my status, best score and (with a refresher interval)
 * when a refresher is due; the certificate link once all modules are completed.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, Heading1, Heading2, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { hasRole, useSession } from "../../lib/session";
import { percent, StatusLabel } from "./StatusLabel";
import { useModules, useTrainingLang } from "./training-api";
import "./training-i18n";
import "./training.css";

function CertificateBlock({ all, done, total }: { all: boolean; done: number; total: number }) {
  const { t } = useTranslation();
  const lang = useTrainingLang();
  return (
    <section aria-labelledby="training-certificate" className="iz-card">
      <Heading2 id="training-certificate">{t("training.list.certificateTitle")}</Heading2>
      {all ? (
        <Paragraph>
          <a href={`/api/training/me/certificate.pdf?lang=${lang}`} download>
            {t("training.list.certificateLink")}
          </a>
        </Paragraph>
      ) : (
        <Paragraph>{t("training.list.certificateLater", { done, total })}</Paragraph>
      )}
    </section>
  );
}

/** The module list. */
export function TrainingListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("training.list.title"));
  const { data: session } = useSession();
  const modules = useModules();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" });
  return (
    <>
      <Heading1>{t("training.list.title")}</Heading1>
      <Paragraph lead>{t("training.list.intro")}</Paragraph>
      {hasRole(session, "trainer", "team_lead", "researcher") && (
        <Paragraph>
          <Link to="/training/dashboard">{t("training.list.dashboardLink")}</Link>
        </Paragraph>
      )}
      {modules.isPending && <p role="status">{t("common.loading")}</p>}
      {modules.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      )}
      {modules.data && (
        <>
          <Paragraph>
            {t("training.list.progress", {
              done: modules.data.completedCount,
              total: modules.data.modules.length,
            })}
          </Paragraph>
          <ol className="iz-training-modules">
            {modules.data.modules.map((m) => (
              <li key={m.id} className="iz-card iz-training-module">
                <Heading2 className="iz-training-module__title">
                  <Link to={`/training/${m.id}`}>{m.title}</Link>
                </Heading2>
                <Paragraph>{m.summary}</Paragraph>
                <p className="iz-training-module__meta">
                  <StatusLabel status={m.progress.status} />
                  <span>{t("training.list.minutes", { count: m.estimatedMinutes })}</span>
                  {m.progress.bestScore !== null && (
                    <span>
                      {t("training.list.bestScore", { score: percent(m.progress.bestScore) })}
                    </span>
                  )}
                  {m.progress.refresherDueAt && (
                    <span>
                      {t("training.list.refresherDue", {
                        date: dateFormat.format(new Date(m.progress.refresherDueAt)),
                      })}
                    </span>
                  )}
                </p>
              </li>
            ))}
          </ol>
          <CertificateBlock
            all={modules.data.allCompleted}
            done={modules.data.completedCount}
            total={modules.data.modules.length}
          />
        </>
      )}
    </>
  );
}
