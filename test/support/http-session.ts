/**
 * A logged-in API client over real HTTP (fetch), for tests that need a listening server:
 * crash safety (the server is a child process), PostgreSQL concurrency and load.
 */
import { DEMO_PASSWORD } from "../../src/services/demo/demo-organisations.js";

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface HttpRequest {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface HttpSession {
  email: string;
  userId: string;
  cookie: string;
  csrfToken: string;
  /** Sends one request to `baseUrl()` with this session's cookie and CSRF token. */
  request(options: HttpRequest): Promise<HttpAnswer>;
}

/** Sends one request; throws on connection errors (refused, reset, timeout). */
export async function httpRequest(
  baseUrl: string,
  options: HttpRequest,
  extraHeaders: Record<string, string> = {},
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...extraHeaders, ...(options.headers ?? {}) };
  let body: string | undefined;
  if (options.payload !== undefined) {
    body = typeof options.payload === "string" ? options.payload : JSON.stringify(options.payload);
    headers["content-type"] ??= "application/json";
  }
  const res = await fetch(`${baseUrl}${options.url}`, {
    method: options.method,
    headers,
    ...(body !== undefined ? { body } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  return {
    status: res.status,
    contentType: res.headers.get("content-type") ?? "",
    body: await res.text(),
  };
}

/**
 * Logs in through POST /api/auth/login. `baseUrl` is read on every request, so a session can
 * follow a server that restarts on another port (sessions live in the database).
 */
export async function httpLogin(
  baseUrl: () => string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<HttpSession> {
  const res = await fetch(`${baseUrl()}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${text}`);
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("inzicht_session="));
  if (!session) throw new Error("no session cookie");
  const parsed = JSON.parse(text) as { csrfToken: string; user: { id: string } };
  return {
    email,
    userId: parsed.user.id,
    cookie: session,
    csrfToken: parsed.csrfToken,
    request: (options) =>
      httpRequest(baseUrl(), options, { cookie: session, "x-csrf-token": parsed.csrfToken }),
  };
}

/** True for the errors fetch throws when no answer came back (refused, reset, closed, timeout). */
export function isConnectionError(error: unknown): boolean {
  return error instanceof Error && (error.name === "TypeError" || error.name === "TimeoutError");
}
