/**
 * The one error type of the domain. Codes are stable strings the API sends to clients; the
 * server maps them to HTTP. `safeMessage` may be shown to users; `internal` only goes to logs.
 */
export const ERROR_CODES = [
  "VALIDATION_FAILED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "SECOND_FACTOR_REQUIRED",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_TRANSITION",
  "RATE_LIMITED",
  "LOCKED",
  "CSRF_FAILED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "UNAVAILABLE",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  path: string;
  message: string;
}

export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: ErrorCode,
    readonly safeMessage: string,
    readonly options: {
      details?: ErrorDetail[];
      retryAfterSeconds?: number;
      internal?: string;
    } = {},
  ) {
    super(options.internal ?? safeMessage);
  }
}

/** Shorthand for the 404 that hides whether a record exists. */
export function notFound(what = "resource"): DomainError {
  return new DomainError("NOT_FOUND", `The ${what} does not exist or is not available to you.`);
}

export function validationFailed(message: string, details: ErrorDetail[] = []): DomainError {
  return new DomainError("VALIDATION_FAILED", message, { details });
}
