/**
 * RFC 9457 problem+json bodies and the mapping from error codes to HTTP status.
 */
import type { FastifyReply } from "fastify";
import type { ErrorCode, ErrorDetail } from "../domain/errors.js";

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  SECOND_FACTOR_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  LOCKED: 423,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

const TITLES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: "Invalid request",
  UNAUTHENTICATED: "Not logged in",
  CSRF_FAILED: "Missing or invalid CSRF token",
  FORBIDDEN: "Not allowed",
  SECOND_FACTOR_REQUIRED: "Two-step login required",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflict",
  INVALID_TRANSITION: "Step not possible now",
  PAYLOAD_TOO_LARGE: "Request too large",
  UNSUPPORTED_MEDIA_TYPE: "Unsupported content type",
  LOCKED: "Locked",
  RATE_LIMITED: "Too many requests",
  UNAVAILABLE: "Not ready",
  INTERNAL: "Internal error",
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance: string;
  requestId: string;
  errors?: ErrorDetail[];
}

/** Sends a problem+json answer. */
export function sendProblem(
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  extra: { errors?: ErrorDetail[]; retryAfterSeconds?: number; status?: number } = {},
): FastifyReply {
  const status = extra.status ?? STATUS_BY_CODE[code];
  const body: Problem = {
    type: `https://inzicht.nl/problems/${code.toLowerCase().replace(/_/g, "-")}`,
    title: TITLES[code],
    status,
    detail,
    code,
    instance: reply.request.url.split("?")[0] ?? "/",
    requestId: reply.request.id,
    ...(extra.errors && extra.errors.length > 0 ? { errors: extra.errors } : {}),
  };
  if (extra.retryAfterSeconds !== undefined)
    reply.header("retry-after", String(extra.retryAfterSeconds));
  return reply.code(status).type("application/problem+json").send(body);
}
