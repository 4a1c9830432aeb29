/**
 * Security headers on every answer: a strict CSP (no inline scripts), no framing, no sniffing,
 * no referrer, HSTS when served over https.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "report-uri /api/csp-report",
].join("; ");

/**
 * The youth information pages (/info/, ADR 0020): only their own script, style sheet and service
 * worker; no inline style, no images from anywhere (the QR code is inline SVG), no reports sent.
 */
export const YOUTH_INFO_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Sets the security headers on one answer (also used where hooks do not run). */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header(
    "content-security-policy",
    request.url === "/info" || request.url.startsWith("/info/")
      ? YOUTH_INFO_CONTENT_SECURITY_POLICY
      : CONTENT_SECURITY_POLICY,
  );
  reply.header("x-content-type-options", "nosniff");
  reply.header("x-frame-options", "DENY");
  reply.header("referrer-policy", "no-referrer");
  reply.header("cross-origin-opener-policy", "same-origin");
  reply.header("cross-origin-resource-policy", "same-origin");
  reply.header("permissions-policy", "camera=(), microphone=(), geolocation=()");
  if (request.protocol === "https") {
    reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
  }
  if (request.url.startsWith("/api/"))
    reply.header("cache-control", reply.getHeader("cache-control") ?? "no-store");
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    applySecurityHeaders(request, reply);
    return payload;
  });
}
