/**
 * Shapes of the access-log API (GET /api/audit), shared with the SPA: the inferred types of
 * ./api/audit.ts (issue 17). Type-only, so this module stays zod-free for the web bundle.
 */
export type { AccessLogEntry, AccessLogPage, AuditYouthMatch } from "./api/audit.js";
