/**
 * One way to call the API as a logged-in user, over `app.inject()` or real HTTP, so a test can
 * run the same steps in-process (SQLite) and against a listening server (PostgreSQL, where the
 * connection pool must really run transactions side by side).
 */
import type { FastifyInstance } from "fastify";
import { loginAs } from "../test-app.js";
import { httpLogin, type HttpAnswer, type HttpRequest } from "./http-session.js";

export interface ApiClient {
  userId: string;
  call(request: HttpRequest): Promise<HttpAnswer>;
}

/** Logs in as `email` through inject, or through HTTP when `baseUrl` is given. */
export async function apiClient(
  app: FastifyInstance,
  email: string,
  baseUrl?: string,
): Promise<ApiClient> {
  if (baseUrl !== undefined) {
    const s = await httpLogin(() => baseUrl, email);
    return { userId: s.userId, call: (r) => s.request(r) };
  }
  const s = await loginAs(app, email);
  return {
    userId: s.userId,
    call: async (r) => {
      const res = await s.request({
        method: r.method,
        url: r.url,
        ...(r.payload !== undefined ? { payload: r.payload as string | object } : {}),
        ...(r.headers ? { headers: r.headers } : {}),
      });
      return {
        status: res.statusCode,
        contentType: String(res.headers["content-type"] ?? ""),
        body: res.body,
      };
    },
  };
}

/** Listens on a free loopback port and returns the base URL. */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return `http://127.0.0.1:${address.port}`;
}

/** The answer's JSON body. */
export function json<T>(answer: HttpAnswer): T {
  return JSON.parse(answer.body) as T;
}
