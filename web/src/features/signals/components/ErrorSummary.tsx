/**
 * The error summary at the top of a form. It takes focus after every failed submit (count the
 * attempts), so screen reader users hear it; each item links to (and focuses) its field.
 */
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Heading2, UnorderedList } from "../../../components/nlds";
import "../signals-i18n";

/** A problem to list: `id` is the field's control id (null for a general problem). */
export interface SummaryItem {
  id: string | null;
  message: string;
}

/** The summary; renders nothing without items. */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const show = items.length > 0;
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [attempt, show]);
  if (!show) return null;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby={headingId} className="iz-sig-summary">
      <Alert type="error">
        <Heading2 id={headingId} className="iz-sig-summary__title">
          {t("signals.form.summaryTitle")}
        </Heading2>
        <UnorderedList>
          {items.map((item, i) => (
            <li key={`${item.id ?? "general"}-${i}`}>
              {item.id ? (
                <a
                  href={`#${item.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    if (item.id) document.getElementById(item.id)?.focus();
                  }}
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
