import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../src/services/demo/demo-organisations.js";
import { createTestApp, demoEmail, type TestApp } from "./test-app.js";
import { TEST_DATABASES } from "./test-db.js";

/**
 * Issue 14 (medium): InZicht behind a TLS-terminating reverse proxy. A REAL proxy on loopback
 * (node:http, appending X-Forwarded-For and setting X-Forwarded-Proto: https, as nginx's
 * `$proxy_add_x_forwarded_for` does) in front of a REAL listening app. Clients connect from
 * different loopback addresses (127.0.0.2, 127.0.0.3: Linux routes all of 127/8 to lo), so the
 * app can tell them apart only through the proxy's header.
 */
interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request from a chosen local address. */
function call(
  port: number,
  from: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: unknown },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        localAddress: from,
        method: options.method ?? "GET",
        path: options.path,
        headers: {
          ...(payload ? { "content-type": "application/json" } : {}),
          ...(options.headers ?? {}),
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** A reverse proxy in front of `targetPort`, as a TLS terminator would forward. */
async function startProxy(targetPort: number): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const client = req.socket.remoteAddress ?? "";
    const prior = req.headers["x-forwarded-for"];
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: targetPort,
        method: req.method,
        path: req.url,
        headers: {
          ...req.headers,
          "x-forwarded-for": prior ? `${String(prior)}, ${client}` : client,
          "x-forwarded-proto": "https",
        },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function listen(t: TestApp): Promise<number> {
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  return (t.app.server.address() as AddressInfo).port;
}

const A = "127.0.0.2";
const B = "127.0.0.3";
/** Clients only the limit tests use (every attempt, even a good one, counts for an address). */
const C = "127.0.0.4";
const D = "127.0.0.5";
/** The default login limit per address (INZICHT_LOGIN_IP_LIMIT is not set in tests). */
const IP_LIMIT = Number(process.env.INZICHT_LOGIN_IP_LIMIT ?? 30);

const badLogin = (port: number, from: string, i: number, headers: Record<string, string> = {}) =>
  call(port, from, {
    method: "POST",
    path: "/api/auth/login",
    headers,
    // A new address each time, so only the limit per client address can answer 429.
    body: { email: `nobody-${from}-${i}@example.nl`, password: "wrong-password" },
  });

const lastLoginIp = async (t: TestApp) =>
  (
    await t.deps.db
      .selectFrom("audit_log")
      .select("ip")
      .where("action", "in", ["auth.login", "auth.login_failed"])
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow()
  ).ip;

describe.each(TEST_DATABASES)("behind a TLS-terminating reverse proxy (%s)", (kind) => {
  let trusted: TestApp;
  let plain: TestApp;
  let trustedPort: number;
  let plainPort: number;
  let proxy: { port: number; close(): Promise<void> };
  let plainProxy: { port: number; close(): Promise<void> };

  beforeAll(async () => {
    trusted = await createTestApp(kind, { trustProxy: ["127.0.0.1"] });
    plain = await createTestApp(kind);
    trustedPort = await listen(trusted);
    plainPort = await listen(plain);
    proxy = await startProxy(trustedPort);
    plainProxy = await startProxy(plainPort);
  });
  afterAll(async () => {
    await proxy.close();
    await plainProxy.close();
    await trusted.close();
    await plain.close();
  });

  it("with INZICHT_TRUST_PROXY, the session cookie is Secure and answers carry HSTS", async () => {
    const res = await call(proxy.port, A, {
      method: "POST",
      path: "/api/auth/login",
      body: { email: demoEmail("mentor"), password: DEMO_PASSWORD },
    });
    expect(res.status).toBe(200);
    const cookie = (res.headers["set-cookie"] ?? []).find((c) => c.startsWith("inzicht_session="));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(res.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    const health = await call(proxy.port, B, { path: "/api/health" });
    expect(health.headers["strict-transport-security"]).toContain("max-age=");
    expect(await lastLoginIp(trusted)).toBe(A);
  });

  it("the login limit counts per client behind the proxy: one client's 429 leaves the other free", async () => {
    for (let i = 0; i < IP_LIMIT; i++) {
      const res = await badLogin(proxy.port, C, i);
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    expect((await badLogin(proxy.port, C, IP_LIMIT)).status).toBe(429);
    expect((await badLogin(proxy.port, D, 0)).status).toBe(401);
    expect(await lastLoginIp(trusted)).toBe(D);
    // A spoofed X-Forwarded-For sent THROUGH the proxy does not help: the proxy appends the real
    // address, and the app takes the address the trusted proxy saw.
    const spoofed = await badLogin(proxy.port, C, IP_LIMIT + 1, {
      "x-forwarded-for": "203.0.113.77",
    });
    expect(spoofed.status).toBe(429);
  });

  it("a client that bypasses the proxy cannot choose its address or claim https", async () => {
    const res = await call(trustedPort, B, {
      method: "POST",
      path: "/api/auth/login",
      headers: { "x-forwarded-for": "198.51.100.9", "x-forwarded-proto": "https" },
      body: { email: demoEmail("guardian"), password: DEMO_PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(await lastLoginIp(trusted)).toBe(B);
    const cookie = (res.headers["set-cookie"] ?? []).find((c) => c.startsWith("inzicht_session="));
    expect(cookie).toBeDefined();
    expect(cookie).not.toMatch(/Secure/i);
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("without INZICHT_TRUST_PROXY, forwarded headers are ignored: no spoofed address, no https", async () => {
    const viaProxy = await call(plainProxy.port, A, {
      method: "POST",
      path: "/api/auth/login",
      body: { email: demoEmail("mentor"), password: DEMO_PASSWORD },
    });
    expect(viaProxy.status).toBe(200);
    expect(viaProxy.headers["strict-transport-security"]).toBeUndefined();
    expect(
      (viaProxy.headers["set-cookie"] ?? []).find((c) => c.startsWith("inzicht_session=")),
    ).not.toMatch(/Secure/i);
    // The app sees the proxy's address, not the client's.
    expect(await lastLoginIp(plain)).toBe("127.0.0.1");

    // A client that sends a new X-Forwarded-For on every try still hits the limit of its address.
    for (let i = 0; i < IP_LIMIT; i++) {
      const res = await badLogin(plainPort, C, i, { "x-forwarded-for": `203.0.113.${i + 1}` });
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    expect(await lastLoginIp(plain)).toBe(C);
    const over = await badLogin(plainPort, C, IP_LIMIT, { "x-forwarded-for": "203.0.113.250" });
    expect(over.status).toBe(429);
  });

  it("a hop count trusts exactly that many proxies nearest the app", async () => {
    const hops = await createTestApp(kind, { seed: false, trustProxy: 1 });
    try {
      const res = await hops.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "10.0.0.5",
        headers: { "x-forwarded-for": "198.51.100.1, 203.0.113.8", "x-forwarded-proto": "https" },
        payload: { email: "nobody@example.nl", password: "wrong-password" },
      });
      expect(res.statusCode).toBe(401);
      // One hop: the proxy at 10.0.0.5 is trusted, so the client is the last address it added.
      expect(await lastLoginIp(hops)).toBe("203.0.113.8");
      expect(res.headers["strict-transport-security"]).toContain("max-age=");
    } finally {
      await hops.close();
    }
  });
});
