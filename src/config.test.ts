import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseKeys, parseTrustProxy } from "./config.js";

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
  ])("fails fast with a clear message for %o", (env, message) => {
    expect(() => loadConfig({ INZICHT_DATA_DIR: dataDir(), ...env })).toThrow(message);
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
