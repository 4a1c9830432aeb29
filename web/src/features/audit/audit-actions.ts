/** The actions the access log records, for the filter (the server's own list). */
export { AUDIT_ACTIONS as AUDIT_ACTION_FILTERS } from "../../../../src/domain/audit-actions";
