/**
 * The API client: JSON in and out, the CSRF token on state-changing requests, problem+json
 * turned into an ApiError with the stable code and field errors.
 */
import type { ProblemBody } from "../../../src/shared/problem.schema";

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problem: ProblemBody | null,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Calls the API; throws ApiError for any non-2xx answer. */
export async function api<T>(
  method: Method,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const init: RequestInit = {
    method,
    credentials: "same-origin",
    headers: { accept: "application/json", ...headers },
  };
  if (method !== "GET") {
    (init.headers as Record<string, string>)["x-csrf-token"] = csrfToken ?? "";
  }
  if (body !== undefined) {
    (init.headers as Record<string, string>)["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, "NETWORK", null);
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get("content-type") ?? "";
  if (!res.ok) {
    const problem = type.includes("json") ? ((await res.json()) as ProblemBody) : null;
    throw new ApiError(res.status, problem?.code ?? "HTTP_ERROR", problem);
  }
  return (type.includes("json") ? await res.json() : await res.text()) as T;
}

export const get = <T>(path: string) => api<T>("GET", path);
export const post = <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
  api<T>("POST", path, body, headers);
export const put = <T>(path: string, body?: unknown) => api<T>("PUT", path, body);
export const patch = <T>(path: string, body?: unknown) => api<T>("PATCH", path, body);
export const del = <T>(path: string, body?: unknown) => api<T>("DELETE", path, body);
