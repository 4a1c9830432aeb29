/**
 * The error summary at the top of a form (shared by every feature): focused when a submit
 * fails, with a link to every field that needs attention (links move focus to the field).
 */
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Heading2, UnorderedList } from "./nlds";

/** A problem to list: `id` is the field's input id (or null for a general problem). */
export interface SummaryItem {
  id: string | null;
  message: string;
}

/**
 * Shows the problems; moves focus here whenever `attempt` changes (count the submits), so
 * screen reader users hear the summary right after a failed submit.
 */
export function ErrorSummary({
  items,
  attempt,
  title,
}: {
  items: SummaryItem[];
  attempt: number;
  title?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const show = items.length > 0;

  useEffect(() => {
    if (show) ref.current?.focus();
  }, [attempt, show]);

  if (!show) return null;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby={headingId} className="iz-error-summary">
      <Alert type="error">
        <Heading2 id={headingId} className="iz-error-summary__title">
          {title ?? t("common.errorSummaryTitle")}
        </Heading2>
        <UnorderedList>
          {items.map((item, i) => (
            <li key={`${item.id ?? "general"}-${i}`}>
              {item.id ? (
                <a
                  href={`#${item.id}`}
                  className="iz-target"
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
