/**
 * One error handler for the whole API: domain errors by code, schema errors as 400 with the
 * failing fields, parser errors as 4xx, anything else as a logged 500 without internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError, type ErrorCode } from "../../domain/errors.js";
import { sendProblem } from "../problem.js";
import { applySecurityHeaders } from "./security-headers.js";

const PARSER_CODES: Record<string, { code: ErrorCode; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: "VALIDATION_FAILED",
    detail: "The body is not valid JSON.",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "VALIDATION_FAILED", detail: "The JSON body is empty." },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "PAYLOAD_TOO_LARGE", detail: "The body is too large." },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: "UNSUPPORTED_MEDIA_TYPE",
    detail: "Send application/json.",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: "VALIDATION_FAILED",
    detail: "Invalid content length.",
  },
  FST_ERR_CTP_INVALID_TYPE: { code: "UNSUPPORTED_MEDIA_TYPE", detail: "Invalid content type." },
  FST_ERR_VALIDATION: { code: "VALIDATION_FAILED", detail: "The request is not valid." },
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError | Error, request, reply) => {
    if (error instanceof DomainError) {
      if (error.options.internal)
        request.log.warn({ code: error.code, internal: error.options.internal });
      return sendProblem(reply, error.code, error.safeMessage, {
        ...(error.options.details ? { errors: error.options.details } : {}),
        ...(error.options.retryAfterSeconds !== undefined
          ? { retryAfterSeconds: error.options.retryAfterSeconds }
          : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error as FastifyError).validationContext ?? "body";
      const errors = error.validation.map((v) => ({
        path: [where, ...String(v.instancePath).split("/").filter(Boolean)].join("."),
        message: v.message ?? "invalid",
      }));
      return sendProblem(reply, "VALIDATION_FAILED", "The request is not valid.", { errors });
    }
    const fe = error as FastifyError;
    const dbCode = String((error as { code?: unknown }).code ?? "");
    if (
      dbCode === "23505" ||
      dbCode === "SQLITE_CONSTRAINT_UNIQUE" ||
      dbCode === "SQLITE_CONSTRAINT_PRIMARYKEY"
    ) {
      // Two requests raced for the same record; the first won and nothing else changed.
      return sendProblem(
        reply,
        "CONFLICT",
        "This was just changed by another request. Reload and try again.",
      );
    }
    const known = fe.code ? PARSER_CODES[fe.code] : undefined;
    if (known) return sendProblem(reply, known.code, known.detail);
    if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
      const code: ErrorCode =
        fe.statusCode === 413
          ? "PAYLOAD_TOO_LARGE"
          : fe.statusCode === 415
            ? "UNSUPPORTED_MEDIA_TYPE"
            : fe.statusCode === 404
              ? "NOT_FOUND"
              : fe.statusCode === 429
                ? "RATE_LIMITED"
                : "VALIDATION_FAILED";
      return sendProblem(reply, code, "The request could not be processed.", {
        status: fe.statusCode,
      });
    }
    request.log.error(
      { err: { type: error.name, message: error.message, stack: error.stack } },
      "unhandled error",
    );
    return sendProblem(reply, "INTERNAL", "Something went wrong on our side. Nothing was changed.");
  });
}

/**
 * Errors the router raises before any route runs — a path segment longer than `maxParamLength`,
 * a malformed percent-encoding — answered as problem+json like every other refusal (Fastify's
 * default is a bare application/json body). Passed to Fastify as `frameworkErrors`.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  applySecurityHeaders(request, reply);
  if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    sendProblem(reply, "VALIDATION_FAILED", "A part of the address is too long.", { status: 414 });
    return;
  }
  if (error.code === "FST_ERR_BAD_URL") {
    sendProblem(reply, "VALIDATION_FAILED", "The address is not valid.");
    return;
  }
  reply.log.error({ err: { type: error.name, message: error.message } }, "framework error");
  sendProblem(reply, "INTERNAL", "Something went wrong on our side. Nothing was changed.");
}
