/**
 * Moves to the element named in the URL's #hash once the content is there: scrolls it into
 * view and focuses it (anchor links from the picture's reasons into a list).
 */
import { useEffect } from "react";
import { useLocation } from "react-router";

/** Call with `ready` true once the list is rendered. */
export function useHashFocus(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    el.scrollIntoView({ block: "start" });
    el.focus({ preventScroll: true });
  }, [ready, hash]);
}
