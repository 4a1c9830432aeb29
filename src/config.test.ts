import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import { ConfigError } from "./config-error.js";
import { parseKeys, parseTrustProxy } from "./config-security.js";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "inzicht-config-"));

describe("configuration", () => {
  it("defaults to demo mode on SQLite, port 3000, localhost only", () => {
    const c = loadConfig({ INZICHT_DATA_DIR: dataDir() });
    expect(c).toMatchObject({
      port: 3000,
      demo: true,
      host: "127.0.0.1",
      database: { kind: "sqlite" },
    });
  });

  it("generates a demo key once and keeps it in the data dir", () => {
    const dir = dataDir();
    const a = loadConfig({ INZICHT_DATA_DIR: dir });
    const b = loadConfig({ INZICHT_DATA_DIR: dir });
    expect(a.keys).toEqual(b.keys);
  });

  it("refuses production without a secret key", () => {
    expect(() => loadConfig({ NODE_ENV: "production", INZICHT_DATA_DIR: dataDir() })).toThrow(
      /INZICHT_SECRET_KEY is required/,
    );
  });

  it.each([
    [{ PORT: "abc" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL/],
    [{ NODE_ENV: "staging" }, /NODE_ENV/],
    [{ INZICHT_DEMO: "maybe" }, /INZICHT_DEMO/],
    [{ INZICHT_SECRET_KEY: "short" }, /at least 32/],
    [{ INZICHT_PICTURE_RULES: "{acute: 14}" }, /INZICHT_PICTURE_RULES: not valid JSON/],
    [{ INZICHT_PICTURE_RULES: '{"acuteWindowDays": 0}' }, /acuteWindowDays/],
    [{ INZICHT_PICTURE_RULES: '{"ignoredVulnerabilities": []}' }, /ignoredVulnerabilities/],
    [{ INZICHT_PICTURE_RULES: '{"version": "v3"}' }, /version/],
    [{ INZICHT_PICTURE_RULES: '{"base": "v1", "version": "v2-x"}' }, /version: must start with v1/],
    [{ INZICHT_PICTURE_RULES: '{"cumulativeObservers": 3}' }, /not a threshold of rule set v2/],
    [{ INZICHT_PICTURE_RULES: '{"base": "v1", "contextObservers": 3}' }, /rule set v1/],
    [{ INZICHT_PICTURE_RULES: '{"base": "v3"}' }, /base/],
    [{ INZICHT_SMTP_URL: "mail.example.nl:25" }, /INZICHT_SMTP_URL: must start with smtp/],
    [{ INZICHT_MAIL_FROM: "not an address" }, /INZICHT_MAIL_FROM/],
    [{ INZICHT_PUBLIC_URL: "inzicht.example.nl" }, /INZICHT_PUBLIC_URL/],
    [
      { NODE_ENV: "production", INZICHT_SECRET_KEY: "x".repeat(32), INZICHT_DEMO: "false" },
      /INZICHT_SMTP_URL is required/,
    ],
  ])("fails fast with a clear message for %o", (env, message) => {
    expect(() => loadConfig({ INZICHT_DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it("reads the mail settings, with the outbox only and a local link base by default", () => {
    expect(loadConfig({ INZICHT_DATA_DIR: dataDir(), PORT: "4000" }).mail).toEqual({
      smtpUrl: null,
      from: "InZicht <noreply@inzicht.invalid>",
      publicUrl: "http://localhost:4000",
    });
    const c = loadConfig({
      INZICHT_DATA_DIR: dataDir(),
      INZICHT_SMTP_URL: "smtps://user:pw@mail.example.nl:465",
      INZICHT_MAIL_FROM: "InZicht <noreply@example.nl>",
      INZICHT_PUBLIC_URL: "https://inzicht.example.nl/",
    });
    expect(c.mail).toEqual({
      smtpUrl: "smtps://user:pw@mail.example.nl:465",
      from: "InZicht <noreply@example.nl>",
      publicUrl: "https://inzicht.example.nl",
    });
  });

  it("uses PostgreSQL for a postgres:// URL", () => {
    const c = loadConfig({
      INZICHT_DATA_DIR: dataDir(),
      DATABASE_URL: "postgres://u@localhost/db",
    });
    expect(c.database).toEqual({ kind: "postgres", url: "postgres://u@localhost/db" });
  });

  it("parses several named keys for rotation, newest first", () => {
    const keys = parseKeys(`k2:${"b".repeat(40)},k1:${"a".repeat(40)}`);
    expect(keys.map((k) => k.id)).toEqual(["k2", "k1"]);
    expect(() => parseKeys(`k1:${"a".repeat(40)},k1:${"b".repeat(40)}`)).toThrow(ConfigError);
  });

  it("takes a deployment's picture thresholds, and names the rule set after them", async () => {
    const c = loadConfig({
      INZICHT_DATA_DIR: dataDir(),
      INZICHT_PICTURE_RULES: '{"acuteWindowDays": 14, "contextObservers": 3}',
    });
    expect(c.pictureRules).toEqual({ acuteWindowDays: 14, contextObservers: 3 });
    const { pictureRules } = await import("./bootstrap.js");
    expect(pictureRules(c.pictureRules).version).toBe("v2+acuteWindowDays=14,contextObservers=3");
    expect(pictureRules({ version: "v2-regio-oost", acuteWindowDays: 14 }).version).toBe(
      "v2-regio-oost",
    );
    expect(pictureRules({}).version).toBe("v2");
    expect(pictureRules({ base: "v1" }).version).toBe("v1");
    expect(pictureRules({ base: "v1", cumulativeObservers: 3 }).version).toBe(
      "v1+cumulativeObservers=3",
    );
  });
});

describe("INZICHT_TRUST_PROXY", () => {
  it("is off by default: forwarded headers are believed from no one", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy(" ")).toBe(false);
    expect(parseTrustProxy("0")).toBe(false);
  });

  it.each([
    ["1", 1],
    ["2", 2],
    ["10.0.0.0/8", ["10.0.0.0/8"]],
    ["127.0.0.1, 192.168.1.10", ["127.0.0.1", "192.168.1.10"]],
    ["loopback,fd00::/8", ["loopback", "fd00::/8"]],
  ] as const)("takes %j", (raw, expected) => {
    expect(parseTrustProxy(raw)).toEqual(expected);
  });

  it.each(["true", "*", "11", "10.0.0.0/33", "proxy.example.nl", "10.0.0.1/8/9", "1,2", "::1/129"])(
    "refuses %j at startup with a message that names the variable",
    (raw) => {
      expect(() => parseTrustProxy(raw)).toThrow(ConfigError);
      expect(() => parseTrustProxy(raw)).toThrow(/INZICHT_TRUST_PROXY/);
    },
  );

  it("reaches the typed config", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "inzicht-cfg-"));
    const config = loadConfig({ INZICHT_DATA_DIR: dir, INZICHT_TRUST_PROXY: "1" });
    expect(config.trustProxy).toBe(1);
    expect(() => loadConfig({ INZICHT_DATA_DIR: dir, INZICHT_TRUST_PROXY: "yes" })).toThrow(
      /every sender/,
    );
  });
});

describe("operations settings (ADR 0019)", () => {
  const secret = "k1:a-production-secret-that-is-long-enough";
  it("keeps metrics off without a token and refuses a short one", () => {
    expect(loadConfig({ INZICHT_DATA_DIR: dataDir() }).metricsToken).toBeNull();
    expect(() =>
      loadConfig({ INZICHT_DATA_DIR: dataDir(), INZICHT_METRICS_TOKEN: "short" }),
    ).toThrow(/INZICHT_METRICS_TOKEN: must be at least 32 characters/);
    const token = "m".repeat(32);
    expect(
      loadConfig({ INZICHT_DATA_DIR: dataDir(), INZICHT_METRICS_TOKEN: token }).metricsToken,
    ).toBe(token);
  });

  it("drains 5 s on SIGTERM in production and not at all elsewhere, unless told otherwise", () => {
    const prod = {
      NODE_ENV: "production",
      INZICHT_SECRET_KEY: secret,
      INZICHT_DATA_DIR: dataDir(),
      INZICHT_SMTP_URL: "smtp://mail.example.nl:587",
      INZICHT_PUBLIC_URL: "https://inzicht.example.nl",
    };
    expect(loadConfig(prod).drainSeconds).toBe(5);
    expect(loadConfig({ INZICHT_DATA_DIR: dataDir() }).drainSeconds).toBe(0);
    expect(loadConfig({ ...prod, INZICHT_SHUTDOWN_DRAIN_SECONDS: "12" }).drainSeconds).toBe(12);
    expect(() => loadConfig({ ...prod, INZICHT_SHUTDOWN_DRAIN_SECONDS: "-1" })).toThrow(
      /INZICHT_SHUTDOWN_DRAIN_SECONDS/,
    );
  });
});

describe("INZICHT_PUBLIC_URL (the youth information leaflet's QR code, ADR 0020)", () => {
  const env = (v: string | undefined) => ({
    NODE_ENV: "test",
    INZICHT_SECRET_KEY: "k1:0123456789abcdef0123456789abcdef",
    INZICHT_DATA_DIR: mkdtempSync(path.join(tmpdir(), "inzicht-config-")),
    ...(v === undefined ? {} : { INZICHT_PUBLIC_URL: v }),
  });
  it.each([
    [undefined, null],
    ["", null],
    ["https://inzicht.example.nl", "https://inzicht.example.nl"],
    ["https://inzicht.example.nl/", "https://inzicht.example.nl"],
    ["http://127.0.0.1:3000", "http://127.0.0.1:3000"],
  ])("%j gives %j", (raw, expected) => {
    expect(loadConfig(env(raw)).publicUrl).toBe(expected);
  });
  it.each([
    "inzicht.example.nl",
    "ftp://inzicht.example.nl",
    "https://inzicht.example.nl/info",
    "https://inzicht.example.nl/?x=1",
    "https://user:pw@inzicht.example.nl",
    "javascript:alert(1)",
  ])("%j stops the start", (raw) => {
    expect(() => loadConfig(env(raw))).toThrow(/INZICHT_PUBLIC_URL/);
  });
});

describe("INZICHT_2FA_ROLES (issue 20)", () => {
  const prod = {
    NODE_ENV: "production",
    INZICHT_SECRET_KEY: "x".repeat(40),
    INZICHT_SMTP_URL: "smtp://127.0.0.1:2525",
    INZICHT_PUBLIC_URL: "https://inzicht.example.nl",
  };
  it("by default asks 2FA of every role that reads a dossier or the access log", () => {
    const c = loadConfig({ ...prod, INZICHT_DATA_DIR: dataDir() });
    expect(c.secondFactor.requiredRoles.sort()).toEqual(
      ["care_coordinator", "guardian", "mentor", "privacy_officer", "school", "team_lead"].sort(),
    );
    expect(c.secondFactor.demoExempt).toBe(false);
  });

  it("is off in demo mode unless set, and says so", () => {
    expect(loadConfig({ INZICHT_DATA_DIR: dataDir() }).secondFactor).toEqual({
      requiredRoles: [],
      demoExempt: true,
    });
    const set = loadConfig({ INZICHT_DATA_DIR: dataDir(), INZICHT_2FA_ROLES: "default" });
    expect(set.secondFactor.requiredRoles).toContain("mentor");
  });

  it("takes 'none' or a list of roles", () => {
    const none = loadConfig({ ...prod, INZICHT_DATA_DIR: dataDir(), INZICHT_2FA_ROLES: "none" });
    expect(none.secondFactor.requiredRoles).toEqual([]);
    const list = loadConfig({
      ...prod,
      INZICHT_DATA_DIR: dataDir(),
      INZICHT_2FA_ROLES: "mentor, org_admin,mentor",
    });
    expect(list.secondFactor.requiredRoles).toEqual(["mentor", "org_admin"]);
  });

  it("refuses an unknown role by name", () => {
    expect(() =>
      loadConfig({ ...prod, INZICHT_DATA_DIR: dataDir(), INZICHT_2FA_ROLES: "mentor,mentr" }),
    ).toThrow(/INZICHT_2FA_ROLES: unknown role "mentr"/);
  });
});
