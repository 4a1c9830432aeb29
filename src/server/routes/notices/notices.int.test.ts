import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "../../../../test/support/smtp-sink.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { deliverOutbox } from "../../../services/mail/deliver-outbox.js";
import { notifyUsers } from "../../../services/notifications/notify-users.js";
import { sendNoticeDigests } from "../../../services/notices/send-notice-digests.js";

/**
 * Issue 19: a user chooses which notifications also come by mail, at once or daily. The mail
 * says only that something is new, with a link to the notifications — never the youth.
 */
describe.each(TEST_DATABASES)("notice preferences and notice mails (%s)", (kind) => {
  let t: TestApp;
  const outbox = () =>
    t.deps.db.selectFrom("mail_outbox").selectAll().where("template", "like", "notice%").execute();

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("starts with no mail, stores the choices with a version and refuses a stale one", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const get = await mentor.request({ method: "GET", url: "/api/settings/notices" });
    expect(get.json()).toEqual({
      version: 0,
      levelRise: "off",
      accessRequest: "off",
      reviewDue: "off",
      language: "nl",
    });
    const body = {
      version: 0,
      levelRise: "daily",
      accessRequest: "immediate",
      reviewDue: "off",
      language: "en",
    };
    const put = await mentor.request({
      method: "PUT",
      url: "/api/settings/notices",
      payload: body,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ version: 1, accessRequest: "immediate" });
    const stale = await mentor.request({
      method: "PUT",
      url: "/api/settings/notices",
      payload: body,
    });
    expect(stale.statusCode).toBe(409);
    const entries = await t.deps.db
      .selectFrom("audit_log")
      .select("actor_id")
      .where("action", "=", "notice.preferences_update")
      .execute();
    expect(entries).toEqual([{ actor_id: mentor.userId }]);
  });

  it("an immediate choice queues one notice mail per notification; it goes over SMTP without the youth", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const guardian = await loginAs(t.app, demoEmail("guardian"));
    const before = (await outbox()).length;
    await notifyUsers(t.deps.db, [mentor.userId, guardian.userId], {
      youthId: null,
      kind: "access_request",
      level: null,
      at: t.clock.now.toISOString(),
    });
    // Only the mentor chose mail; a kind without a mail choice queues nothing.
    await notifyUsers(t.deps.db, [mentor.userId], {
      youthId: null,
      kind: "judgement",
      level: null,
      at: t.clock.now.toISOString(),
    });
    const queued = (await outbox()).slice(before);
    expect(queued.map((m) => [m.template, m.recipient, m.language])).toEqual([
      ["notice", demoEmail("mentor"), "en"],
    ]);
    const sink = await startSmtpSink();
    try {
      const deps = {
        ...t.deps,
        config: {
          ...t.deps.config,
          mail: {
            smtpUrl: sink.url,
            from: "InZicht <n@inzicht.test>",
            publicUrl: "https://i.test",
          },
        },
      };
      expect((await deliverOutbox(deps, { limit: 50 })).sent).toBeGreaterThanOrEqual(1);
      const mail = sink.received.find((m) => m.to.includes(demoEmail("mentor")));
      expect(mail?.subject).toBe("There is something new for you in InZicht");
      expect(mail?.text).toContain("https://i.test/notifications");
      expect(mail?.text).not.toMatch(/Amir|youth|jongere/i);
    } finally {
      await sink.close();
    }
  });

  it("a daily choice gets one digest when there is something unread, and not again that day", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    await notifyUsers(t.deps.db, [mentor.userId], {
      youthId: null,
      kind: "level_rise",
      level: 3,
      at: t.clock.now.toISOString(),
    });
    const first = await sendNoticeDigests(t.deps);
    expect(first.queued).toBeGreaterThanOrEqual(1);
    const digests = (await outbox()).filter((m) => m.template === "notice_digest");
    expect(digests.filter((m) => m.recipient === demoEmail("mentor"))).toHaveLength(1);
    t.clock.advance(3_600_000);
    await notifyUsers(t.deps.db, [mentor.userId], {
      youthId: null,
      kind: "level_rise",
      level: 4,
      at: t.clock.now.toISOString(),
    });
    await sendNoticeDigests(t.deps);
    expect(
      (await outbox()).filter(
        (m) => m.template === "notice_digest" && m.recipient === demoEmail("mentor"),
      ),
    ).toHaveLength(1);
    t.clock.advance(24 * 3_600_000);
    await sendNoticeDigests(t.deps);
    expect(
      (await outbox()).filter(
        (m) => m.template === "notice_digest" && m.recipient === demoEmail("mentor"),
      ),
    ).toHaveLength(2);
  });
});
