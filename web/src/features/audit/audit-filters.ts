/** The log viewer's filters, kept in the URL so a search can be shared and reloaded. */

/** The filters of GET /api/audit (all optional; dates as YYYY-MM-DD). */
export interface AuditFilters {
  youthId: string;
  userId: string;
  action: string;
  from: string;
  to: string;
}

/** The filter names, in form order. */
export const AUDIT_FILTER_FIELDS = ["youthId", "userId", "action", "from", "to"] as const;

/** Filters from the page's search params (missing → ""). */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  return {
    youthId: params.get("youthId") ?? "",
    userId: params.get("userId") ?? "",
    action: params.get("action") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
}

/** Only the filled-in filters, trimmed, as search params (for the URL, the API and the CSV). */
export function filtersToParams(f: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_FIELDS) {
    const value = f[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}
