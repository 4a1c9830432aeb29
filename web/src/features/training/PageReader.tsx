/**
 * The module's short pages, one at a time, with previous/next buttons. Each page opened is
 * recorded; after moving, focus goes to the page heading so screen readers read it.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ModuleDetail } from "../../../../src/shared/training.schema";
import { Button } from "../../components/nlds";
import { PageLinks } from "./CatalogLinks";
import { ModuleText } from "./ModuleText";
import { useViewPage } from "./training-api";

type Page = ModuleDetail["module"]["pages"][number];

/** Shows page `index` of the module and records each page view once. */
export function PageReader({ moduleId, pages }: { moduleId: string; pages: readonly Page[] }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const view = useViewPage(moduleId);
  const seen = useRef(new Set<string>());
  const page = pages[index];

  useEffect(() => {
    if (!page) return;
    if (!seen.current.has(page.id)) {
      seen.current.add(page.id);
      view.mutate(page.id);
    }
    if (moved.current) heading.current?.focus();
    // Only the page changing matters here; `view` is a mutation handle.
  }, [page?.id]);

  if (!page) return null;
  const go = (next: number) => {
    moved.current = true;
    setIndex(next);
  };
  return (
    <div className="iz-card iz-training-page">
      <p className="iz-muted">
        {t("training.module.pageOf", { n: index + 1, total: pages.length })}
      </p>
      <h3 className="utrecht-heading-3" ref={heading} tabIndex={-1}>
        {page.title}
      </h3>
      <ModuleText text={page.body} />
      <PageLinks links={page.catalogLinks} />
      <div className="iz-training-pager">
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          {t("training.module.previous")}
        </Button>
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={index === pages.length - 1}
          onClick={() => go(index + 1)}
        >
          {t("training.module.next")}
        </Button>
      </div>
    </div>
  );
}
