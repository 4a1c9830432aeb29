import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import { ConfigError } from "./config-error.js";
import { parseRetentionConfig } from "./config-retention.js";
import { defaultRetentionTerms } from "./domain/retention/rules.js";

describe("INZICHT_RETENTION", () => {
  it("empty keeps every default", () => {
    expect(parseRetentionConfig(undefined)).toEqual(defaultRetentionTerms());
    expect(parseRetentionConfig("  ")).toEqual(defaultRetentionTerms());
  });

  it("sets the named terms and keeps the others", () => {
    const terms = parseRetentionConfig('{"dossier":1095,"access_log":2555,"maxAgeYears":21}');
    expect(terms.days.dossier).toBe(1095);
    expect(terms.days.access_log).toBe(2555);
    expect(terms.maxAgeYears).toBe(21);
    expect(terms.days.signals).toBe(defaultRetentionTerms().days.signals);
  });

  it.each([
    ["not JSON", "{dossier:1}", /not valid JSON/],
    ["an unknown key", '{"dosier":400}', /Unrecognized key/i],
    ["an access log term under a year", '{"access_log":30}', /access_log: at least 365 days/],
    ["a maximum age under 18", '{"maxAgeYears":16}', /maxAgeYears/],
    ["a fraction of a day", '{"sessions":1.5}', /sessions/],
  ])("stops the start on %s", (_name, raw, message) => {
    expect(() => parseRetentionConfig(raw)).toThrow(message);
  });

  it("is part of the configuration loaded at start", () => {
    const config = loadConfig({
      INZICHT_DATA_DIR: "/tmp/inzicht-config-retention-test",
      INZICHT_SECRET_KEY: "k1:this-is-a-test-secret-of-32-chars!!",
      INZICHT_RETENTION: '{"notifications":90}',
    });
    expect(config.retention.days.notifications).toBe(90);
    expect(() =>
      loadConfig({
        INZICHT_DATA_DIR: "/tmp/inzicht-config-retention-test",
        INZICHT_SECRET_KEY: "k1:this-is-a-test-secret-of-32-chars!!",
        INZICHT_RETENTION: '{"notifications":1}',
      }),
    ).toThrow(/INZICHT_RETENTION/);
  });

  it("is a ConfigError, so the CLI prints the message and stops without a stack", () => {
    expect(() => parseRetentionConfig("{")).toThrow(ConfigError);
    expect(() => parseRetentionConfig('{"notifications":1}')).toThrow(ConfigError);
  });
});
