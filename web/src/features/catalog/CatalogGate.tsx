/**
 * Loads the catalogue for a page: while loading or on an error it still shows the page's one
 * h1, with a status message, so screen readers know where they are.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Heading1, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import "./catalog-i18n";
import { useCatalog, type CatalogView } from "./use-catalog";

/**
 * Renders `children(catalog)` once the catalogue is loaded. Whatever renders the h1 also sets
 * the document title (effects run child-first, so a parent must not set it too).
 */
export function CatalogGate({
  title,
  children,
}: {
  title: string;
  children: (catalog: CatalogView) => ReactNode;
}) {
  const { data, isError } = useCatalog();
  return (
    <div className="iz-cat-page">
      {data ? children(data) : <CatalogStatus title={title} isError={isError} />}
    </div>
  );
}

function CatalogStatus({ title, isError }: { title: string; isError: boolean }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <Heading1>{title}</Heading1>
      {isError ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("catalog.loadError")}</Paragraph>
        </Alert>
      ) : (
        <Paragraph role="status" className="iz-cat-loading">
          {t("catalog.loading")}
        </Paragraph>
      )}
    </>
  );
}

/** A page's "not found" state: an h1, a sentence and a way back. */
export function CatalogNotFound({
  title,
  body,
  back,
}: {
  title: string;
  body: string;
  back: ReactNode;
}) {
  usePageTitle(title);
  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph>{body}</Paragraph>
      <Paragraph>{back}</Paragraph>
    </>
  );
}
