import { useEffect } from "react";

/** Sets the document title ("… — InZicht") for screen readers and tabs. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — InZicht` : "InZicht";
  }, [title]);
}
