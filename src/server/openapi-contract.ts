/**
 * Completes the OpenAPI document that @fastify/swagger builds from the zod route schemas, so the
 * published contract says what the code does (issue 17, ADR 0013): an `operationId` for every
 * operation (declared on the route, or derived from method and path), its `security` (session
 * cookie with the CSRF header, or a Bearer API token with the scope the method needs — see
 * src/server/plugins/auth.ts; `security: []` on the route marks it public), every 4xx/429 it can
 * answer as RFC 9457 problem+json, binary and text media types, `servers` and `info.license`.
 * Pure: it takes the generated document and returns the completed one.
 */
import { z } from "zod";
import { problemSchema } from "../shared/problem.schema.js";

type Json = Record<string, unknown>;
interface Operation extends Json {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses?: Record<string, Response>;
  tags?: string[];
}
interface Response extends Json {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
  headers?: Record<string, unknown>;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const SAFE = new Set(["get", "head", "options"]);

/** Names a client generator uses for its methods; stable once released (see docs/api.md). */
const OPERATION_IDS: Record<string, string> = {
  "POST /api/auth/login": "login",
  "POST /api/auth/logout": "logout",
  "GET /api/auth/me": "getSession",
  "POST /api/auth/totp/setup": "setupTotp",
  "POST /api/auth/totp/confirm": "confirmTotp",
  "POST /api/auth/totp/disable": "disableTotp",
  "GET /api/auth/second-factor": "getSecondFactor",
  "POST /api/auth/recovery-codes": "replaceRecoveryCodes",
  "POST /api/csp-report": "reportCspViolation",
  "POST /api/youths": "registerYouth",
  "POST /api/youths/{id}/relocations": "relocateYouth",
  "POST /api/youths/{id}/circle": "addCircleMember",
  "DELETE /api/youths/{id}/circle/{memberId}": "removeCircleMember",
  "POST /api/youths/{id}/access-requests": "requestAccess",
  "POST /api/youths/{id}/access-requests/{requestId}/decision": "decideAccessRequest",
  "POST /api/youths/{id}/emergency-access": "takeEmergencyAccess",
  "GET /api/audit": "queryAccessLog",
  "GET /api/audit/youths": "findYouthsForAudit",
  "GET /api/audit.csv": "exportAuditCsv",
  "GET /api/youths/{id}/audit": "getYouthAccessLog",
  "GET /api/youths/{id}/audit.csv": "exportYouthAuditCsv",
  "GET /api/notifications/count": "countNotifications",
  "GET /api/notifications/stream": "streamNotifications",
  "GET /api/admin/jobs/dead-letters": "listDeadLetters",
  "POST /api/notifications/read": "markNotificationsRead",
  "POST /api/youths/{id}/signals": "recordSignal",
  "GET /api/youths/{id}/signals": "listSignals",
  "POST /api/youths/{id}/signals/{signalId}/retraction": "retractSignal",
  "PUT /api/youths/{id}/vulnerabilities": "setVulnerabilities",
  "POST /api/youths/{id}/judgements": "recordJudgement",
  "GET /api/caseload": "getCaseload",
  "POST /api/tokens/{tokenId}/revoke": "revokeToken",
  "POST /api/training/modules/{id}/start": "startTrainingModule",
  "POST /api/training/modules/{id}/pages/{pageId}": "completeTrainingPage",
  "POST /api/training/modules/{id}/exercises/{exerciseId}": "answerTrainingExercise",
  "POST /api/training/modules/{id}/quiz": "submitTrainingQuiz",
  "GET /api/training/me/records": "listOwnTrainingRecords",
  "GET /api/training/me/certificate.pdf": "downloadTrainingCertificatePdf",
  "GET /api/training/dashboard.csv": "exportTrainingDashboardCsv",
  "PUT /api/training/organisations/{id}/refresher": "setTrainingRefresher",
  "GET /api/training/classroom-trainings": "listClassroomTrainings",
  "POST /api/training/classroom-trainings": "recordClassroomTraining",
  "POST /api/youths/{id}/trajects/{trajectId}/steps": "addTrajectStep",
  "PATCH /api/youths/{id}/trajects/{trajectId}/steps/{stepId}": "updateTrajectStep",
  "POST /api/youths/{id}/safety-alerts/{alertId}/handled": "markSafetyAlertHandled",
  "POST /api/youths/{id}/reviews/{reviewId}/done": "markReviewDone",
  "GET /api/reviews/due": "listDueReviews",
  "GET /api/youths/{id}/reports/prefill": "prefillReport",
  "GET /api/youths/{id}/reports/{reportId}/report.pdf": "downloadReportPdf",
  "GET /api/youths/{id}/reports/{reportId}/report.json": "downloadReportJson",
  "POST /api/youths/{id}/missing-episodes": "reportMissing",
  "PATCH /api/youths/{id}/missing-episodes/{episodeId}/checklist/{item}":
    "tickMissingChecklistItem",
  "POST /api/youths/{id}/missing-episodes/{episodeId}/end": "endMissingEpisode",
  "POST /api/youths/{id}/missing-episodes/{episodeId}/return-conversation":
    "recordReturnConversation",
  "POST /api/youths/{id}/missing-episodes/{episodeId}/close": "closeMissingEpisode",
  "GET /api/youths/{id}/missing-episodes/{episodeId}/summary.pdf": "downloadMissingSummaryPdf",
  "POST /api/contact-checks/{contactId}": "recordContactCheck",
};

const pascal = (s: string) =>
  s
    .split(/[-_.]/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
const singular = (s: string) =>
  s.endsWith("ies") ? `${s.slice(0, -3)}y` : s.endsWith("ss") ? s : s.replace(/s$/, "");

/**
 * verb + noun from method and path: `GET /api/youths/{id}` → getYouth, `GET /api/youths` →
 * listYouths, `POST /api/youths/{id}/trajects` → createTraject, `PATCH …/{reportId}` →
 * updateReport. The table above names the actions and exports; a route's own `operationId` wins.
 */
export function deriveOperationId(method: string, path: string): string {
  const named = OPERATION_IDS[`${method.toUpperCase()} ${path}`];
  if (named) return named;
  const segments = path.split("/").filter(Boolean).slice(1);
  const endsWithParam = segments.at(-1)?.startsWith("{") ?? false;
  const statics = segments.filter((s) => !s.startsWith("{"));
  // The resource and the owner it hangs under (youths/{id}/reports → Report; training/x → TrainingX).
  const last = statics.at(-1) ?? "root";
  const owner = statics.length > 1 && !segments[1]?.startsWith("{") ? statics[0] : undefined;
  const noun = (s: string, one: boolean) => pascal(one ? singular(s) : s);
  const lower = method.toLowerCase();
  let verb: string;
  let one = true;
  if (lower === "get") {
    // A collection is a plural last segment that no id follows (youths, signals, audit entries).
    const collection = !endsWithParam && singular(last) !== last;
    verb = collection ? "list" : "get";
    one = !collection;
  } else if (lower === "post") verb = "create";
  else if (lower === "patch") verb = "update";
  else if (lower === "put") verb = "set";
  else if (lower === "delete") verb = "delete";
  else verb = lower;
  const prefix = owner && owner !== "youths" && owner !== last ? pascal(owner) : "";
  return `${verb}${prefix}${noun(last, one)}`;
}

const STATUS_TEXT: Record<string, string> = {
  "200": "OK",
  "201": "Created",
  "204": "No content",
  "304": "Not modified (the ETag in If-None-Match is current)",
  "400": "The request is not valid (nothing changed); `errors` names the fields",
  "401": "Not authenticated (no session, or an unknown, revoked or expired token)",
  "403": "Not allowed (role, CSRF header missing, or the token lacks the scope)",
  "404": "Not found, or outside the caller's reach",
  "409": "Conflict (stale `version`, or a step not possible now)",
  "413": "Request too large",
  "414": "A part of the address is too long",
  "415": "Unsupported content type",
  "423": "Locked",
  "429": "Too many attempts; retry after `Retry-After` seconds",
};

const problemRef = { $ref: "#/components/schemas/Problem" };
const problemContent = () => ({ "application/problem+json": { schema: problemRef } });

/** The media types whose bodies are bytes or text rather than JSON. */
function nonJsonSchema(mediaType: string): Json | null {
  if (mediaType === "application/pdf") return { type: "string", format: "binary" };
  if (mediaType.startsWith("text/")) return { type: "string" };
  return null;
}

/** How a caller authenticates (src/server/plugins/auth.ts). */
export const SECURITY_SCHEMES = {
  session: {
    type: "apiKey",
    in: "cookie",
    name: "inzicht_session",
    description: "The browser session from POST /api/auth/login (HttpOnly, SameSite=Strict).",
  },
  csrf: {
    type: "apiKey",
    in: "header",
    name: "x-csrf-token",
    description:
      "With the session cookie, every state-changing request sends the session's `csrfToken`.",
  },
  bearer: {
    type: "http",
    scheme: "bearer",
    description:
      "An API token for a machine client (created by a logged-in user, acts for them, expires). Scopes: `read` for GET, `write` for every other method. No CSRF header.",
  },
  metricsToken: {
    type: "http",
    scheme: "bearer",
    description:
      "The deployment's metrics token (INZICHT_METRICS_TOKEN) for Prometheus; it opens GET /metrics and nothing else.",
  },
} as const;

export interface ContractOptions {
  version: string;
}

/** The completed document (the input is not changed). */
export function completeContract<T extends Json>(generated: T, options: ContractOptions): T {
  const doc = structuredClone(generated) as Json & {
    info: Json;
    paths?: Record<string, Record<string, Operation>>;
    components?: Json & { schemas?: Json; securitySchemes?: Json };
  };
  doc.info = {
    ...doc.info,
    version: options.version,
    license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    contact: { name: "InZicht maintainers" },
  };
  doc.servers = [{ url: "/", description: "The InZicht server that serves this document" }];
  const problemJson = z.toJSONSchema(problemSchema, { target: "draft-2020-12" }) as Json;
  delete problemJson.$schema;
  doc.components = {
    ...doc.components,
    schemas: {
      ...doc.components?.schemas,
      Problem: { ...problemJson, description: "RFC 9457 problem details with a stable `code`" },
    },
    securitySchemes: SECURITY_SCHEMES,
  };
  const usedIds = new Map<string, string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      op.operationId ??= deriveOperationId(method, path);
      const clash = usedIds.get(op.operationId);
      if (clash) throw new Error(`operationId ${op.operationId} of ${where} is also ${clash}'s`);
      usedIds.set(op.operationId, where);
      const safe = SAFE.has(method);
      op.security ??= safe
        ? [{ session: [] }, { bearer: ["read"] }]
        : [{ session: [], csrf: [] }, { bearer: ["write"] }];
      const responses: Record<string, Response> = (op.responses ??= {});
      const isPublic = op.security.length === 0;
      const wanted = new Set<string>();
      if (op.requestBody || (op.parameters?.length ?? 0) > 0) wanted.add("400");
      // Fastify itself answers these before the route runs (plugins/error-handler.ts).
      if (op.requestBody || !safe) wanted.add("413").add("415");
      if (path.includes("{")) wanted.add("414");
      if (!isPublic) wanted.add("401").add("403");
      if (path.includes("{")) wanted.add("404");
      for (const status of wanted) responses[status] ??= {};
      for (const [status, response] of Object.entries(responses)) {
        if (!response.description || response.description === "Default Response")
          response.description = STATUS_TEXT[status] ?? "Response";
        if (Number(status) >= 400) {
          response.content = problemContent();
          if (status === "429")
            response.headers = {
              "Retry-After": {
                description: "Seconds until a new attempt is accepted",
                schema: { type: "integer", minimum: 0 },
              },
            };
          continue;
        }
        for (const [mediaType, media] of Object.entries(response.content ?? {})) {
          const schema = nonJsonSchema(mediaType);
          if (schema) media.schema = schema;
        }
      }
    }
  }
  return doc as T;
}
