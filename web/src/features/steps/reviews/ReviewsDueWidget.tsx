/**
 * "Evaluaties" on the home page: my reviews that are overdue or due within a week (traject
 * monitoring and missing-episode reviews), overdue first, each linking to the youth.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, Heading2, Paragraph, StatusBadge } from "../../../components/nlds";
import { formatDate } from "../../youths/format";
import { useDueReviews } from "../queries";
import "../steps.css";
import "../steps-i18n";

export function ReviewsDueWidget() {
  const { t } = useTranslation();
  const query = useDueReviews();
  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby="reviews-due-title" className="iz-steps-due">
      <Heading2 id="reviews-due-title">{t("steps.due.title")}</Heading2>
      {query.isPending ? <Paragraph role="status">{t("common.loading")}</Paragraph> : null}
      {query.isError ? (
        <Alert type="error">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      ) : null}
      {query.isSuccess ? (
        <Paragraph role="status">
          {t("steps.due.count", { count: items.length, overdue: query.data.overdue })}
        </Paragraph>
      ) : null}
      {items.length > 0 ? (
        <ul className="iz-steps-reviews">
          {items.map((r) => (
            <li key={r.id} className={`iz-steps-review iz-steps-review--${r.urgency}`}>
              <Link to={`/youths/${r.youth.id}/${r.episodeId ? "missing" : "steps"}`}>
                {t("steps.due.item", {
                  name: r.youth.displayName,
                  kind: t(`steps.reviews.kind.${r.kind}`),
                  date: formatDate(r.dueAt),
                })}
              </Link>{" "}
              <StatusBadge>{t(`steps.reviews.state.${r.urgency}`)}</StatusBadge>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
