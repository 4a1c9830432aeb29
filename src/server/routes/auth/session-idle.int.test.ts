/**
 * The idle timeout holds to within seconds of the configured limit (issue 14): last-seen was
 * written at most once a minute, so under a 1-minute limit a session used at 50 s was refused
 * at 75 s. The clock is the app's injected clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { touchIntervalMs } from "../../../services/auth/session.js";

describe("how often last-seen is written", () => {
  it.each([
    [1, 2_000],
    [5, 10_000],
    [30, 30_000],
    [720, 30_000],
  ])("with an idle limit of %i minutes: every %i ms at most", (minutes, ms) => {
    expect(touchIntervalMs(minutes * 60_000)).toBe(ms);
  });
});

describe.each(TEST_DATABASES)("idle timeout of 1 minute (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { idleMinutes: 1 });
  });
  afterAll(() => t.close());

  const me = async (s: Session) =>
    (await s.request({ method: "GET", url: "/api/auth/me" })).statusCode;

  it("a session used at 50 s is still open at 75 s, and again 59 s after its last use", async () => {
    const s = await loginAs(t.app, demoEmail("mentor"));
    t.clock.advance(50_000);
    expect(await me(s)).toBe(200);
    t.clock.advance(25_000); // 75 s after login, 25 s after the last use
    expect(await me(s)).toBe(200);
    t.clock.advance(59_000);
    expect(await me(s)).toBe(200);
  });

  it("a session left alone for the limit plus the write interval ends", async () => {
    const s = await loginAs(t.app, demoEmail("team_lead"));
    t.clock.advance(10_000);
    expect(await me(s)).toBe(200);
    // The real idle time is at least 60 s here, at most 2 s more than configured.
    t.clock.advance(60_000 + 2_000);
    expect(await me(s)).toBe(401);
  });
});
