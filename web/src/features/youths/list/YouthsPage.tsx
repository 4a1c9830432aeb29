/**
 * "Mijn jongeren": the youths the user may reach, highest level first, with search by name or
 * V-number and "load more". The number of results is announced in a live region.
 */
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Alert, Button, Heading1, Paragraph } from "../../../components/nlds";
import { usePageTitle } from "../../../components/PageTitle";
import { ApiError } from "../../../lib/api";
import { hasRole, useSession } from "../../../lib/session";
import { YouthTable } from "../components/YouthTable";
import { useYouthList } from "../queries";
import "../youths.css";
import "../youths-i18n";
import { YouthSearchForm } from "./YouthSearchForm";

/** Roles that may register a youth (the server's "youth.create" rule). */
export const REGISTER_ROLES = ["mentor", "guardian", "care_coordinator", "team_lead"];

/** Always in the page, so a changed count is announced. */
function ListStatus({ text }: { text: string }) {
  return (
    <Paragraph role="status" aria-live="polite" aria-atomic="true">
      {text}
    </Paragraph>
  );
}

function statusText(
  t: (key: string, o?: Record<string, unknown>) => string,
  list: { isPending: boolean; isSuccess: boolean; hasNextPage: boolean },
  count: number,
  q: string,
): string {
  if (list.isPending) return t("common.loading");
  if (!list.isSuccess) return "";
  if (count === 0) return t(q ? "youths.list.noResultsFor" : "youths.list.noYouths", { q });
  return t(list.hasNextPage ? "youths.list.countMore" : "youths.list.count", { count });
}

/** The page at /youths. */
export function YouthsPage() {
  const { t } = useTranslation();
  usePageTitle(t("youths.list.title"));
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const list = useYouthList(q);
  const youths = list.data?.pages.flatMap((p) => p.items) ?? [];
  const forbidden = list.error instanceof ApiError && list.error.status === 403;

  return (
    <>
      <Heading1>{t("youths.list.title")}</Heading1>
      <Paragraph>{t("youths.list.intro")}</Paragraph>
      {hasRole(session, ...REGISTER_ROLES) && (
        <Paragraph className="iz-register-link">
          <Link
            to="/youths/new"
            className="utrecht-button utrecht-button--primary-action iz-link-button"
          >
            {t("youths.list.register")}
          </Link>
        </Paragraph>
      )}
      <YouthSearchForm
        key={q}
        q={q}
        onSearch={(next) => setParams(next ? { q: next } : {}, { replace: true })}
      />
      <ListStatus text={statusText(t, list, youths.length, q)} />
      {list.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(forbidden ? "youths.list.forbidden" : "common.loadError")}</Paragraph>
        </Alert>
      )}
      {list.isSuccess && (
        <>
          {youths.length > 0 && (
            <YouthTable
              youths={youths}
              caption={t(q ? "youths.list.captionSearch" : "youths.list.caption", { q })}
            />
          )}
          {list.hasNextPage && (
            <Button
              type="button"
              appearance="secondary-action-button"
              disabled={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {list.isFetchingNextPage ? t("common.loading") : t("youths.list.loadMore")}
            </Button>
          )}
        </>
      )}
    </>
  );
}
