import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "../../../../test/support/smtp-sink.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { backoffMs, deliverOutbox, MAIL_RETRY } from "../../../services/mail/deliver-outbox.js";
import { enqueueMail } from "../../../services/mail/enqueue-mail.js";
import type { ServiceDeps } from "../../../services/deps.js";

const PUBLIC_URL = "https://inzicht.test";

/** A deps whose mail settings point at this SMTP server. */
const withSmtp = (deps: ServiceDeps, sink: SmtpSink | null): ServiceDeps => ({
  ...deps,
  config: {
    ...deps.config,
    mail: {
      smtpUrl: sink?.url ?? null,
      from: "InZicht <noreply@inzicht.test>",
      publicUrl: PUBLIC_URL,
    },
  },
});

/**
 * Issue 19: a request only puts a mail in the outbox; the deliverer sends it over real SMTP
 * (a server this test starts on loopback), retries with backoff when the server refuses, and
 * gives up after MAIL_RETRY.maxAttempts — then the system admin sees it, without its content.
 */
describe.each(TEST_DATABASES)("the mail outbox and its deliverer (%s)", (kind) => {
  let t: TestApp;
  let sink: SmtpSink | null = null;
  const queue = (recipient: string, path = "/invitation/secret-token-abc") =>
    t.deps.db.transaction().execute((trx) =>
      enqueueMail(t.deps, trx, {
        template: "invitation",
        recipient,
        language: "nl",
        payload: { path },
        now: t.clock.now,
      }),
    );
  const row = (id: string) =>
    t.deps.db.selectFrom("mail_outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterEach(async () => {
    await sink?.close();
    sink = null;
  });
  afterAll(() => t.close());

  it("sends a queued mail over SMTP with its link, then clears the link from the database", async () => {
    sink = await startSmtpSink();
    const id = await queue("nieuw@coa.test");
    expect((await row(id)).payload_enc).not.toContain("secret-token-abc");
    expect(await deliverOutbox(withSmtp(t.deps, sink), { limit: 10 })).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
    });
    const [mail] = await sink.waitFor(1);
    expect(mail?.to).toEqual(["nieuw@coa.test"]);
    expect(mail?.subject).toBe("Je bent uitgenodigd voor InZicht");
    expect(mail?.text).toContain(`${PUBLIC_URL}/invitation/secret-token-abc`);
    expect(mail?.text).toContain("72 uur");
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, payload_enc: null });
    // Sent once: a second run finds nothing due.
    expect((await deliverOutbox(withSmtp(t.deps, sink), { limit: 10 })).sent).toBe(0);
  });

  it("retries after the backoff when the SMTP server refuses first, then sends", async () => {
    sink = await startSmtpSink({ rejectFirst: 1 });
    const id = await queue("retry@coa.test");
    const deps = withSmtp(t.deps, sink);
    expect(await deliverOutbox(deps, { limit: 10 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 1 });
    expect((await row(id)).last_error).toContain("451");
    // Not before the backoff has passed.
    t.clock.advance(backoffMs(1) - 1000);
    expect((await deliverOutbox(deps, { limit: 10 })).sent).toBe(0);
    t.clock.advance(2000);
    expect((await deliverOutbox(deps, { limit: 10 })).sent).toBe(1);
    expect(sink.received.map((m) => m.to[0])).toEqual(["retry@coa.test"]);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, last_error: null });
  });

  it("gives up after the last attempt; the system admin sees template, recipient and error, never the content", async () => {
    sink = await startSmtpSink({ rejectFirst: 100 });
    const id = await queue("kapot@coa.test", "/invitation/geheim-token-xyz");
    const deps = withSmtp(t.deps, sink);
    for (let attempt = 1; attempt <= MAIL_RETRY.maxAttempts; attempt += 1) {
      await deliverOutbox(deps, { limit: 10 });
      t.clock.advance(backoffMs(attempt) + 1000);
    }
    expect(sink.rejected).toBe(MAIL_RETRY.maxAttempts);
    expect(await row(id)).toMatchObject({ status: "failed", payload_enc: null });
    expect((await deliverOutbox(deps, { limit: 10 })).sent).toBe(0);

    const admin = await loginAs(t.app, demoEmail("system_admin"));
    const res = await admin.request({ method: "GET", url: "/api/admin/mail-outbox" });
    expect(res.statusCode).toBe(200);
    const failed = res.json<{ items: Record<string, unknown>[] }>().items.find((m) => m.id === id);
    expect(failed).toMatchObject({
      template: "invitation",
      recipient: "kapot@coa.test",
      status: "failed",
      attempts: MAIL_RETRY.maxAttempts,
    });
    expect(String(failed?.lastError)).toContain("451");
    expect(Object.keys(failed ?? {}).sort()).toEqual([
      "attempts",
      "createdAt",
      "id",
      "lastError",
      "nextAttemptAt",
      "recipient",
      "status",
      "template",
    ]);
    expect(res.body).not.toContain("geheim-token-xyz");
    const entry = await t.deps.db
      .selectFrom("audit_log")
      .select(["actor_id", "record_type"])
      .where("action", "=", "mail.outbox_read")
      .executeTakeFirst();
    expect(entry).toEqual({ actor_id: admin.userId, record_type: "mail" });
  });

  it("without an SMTP server nothing is sent and the mail waits; a developer reads it at /api/dev/outbox in demo mode", async () => {
    const id = await queue("demo@coa.test", "/invitation/demo-token-123");
    expect(await deliverOutbox(withSmtp(t.deps, null), { limit: 10 })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 0 });
    const res = await t.app.inject({ method: "GET", url: "/api/dev/outbox" });
    expect(res.statusCode).toBe(200);
    const mail = res
      .json<{ items: { id: string; to: string; text: string | null }[] }>()
      .items.find((m) => m.id === id);
    expect(mail?.to).toBe("demo@coa.test");
    expect(mail?.text).toContain("/invitation/demo-token-123");
  });
});

describe("the developer's outbox outside demo mode", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("sqlite", { demo: false, seed: false });
  });
  afterAll(() => t.close());

  it("answers 404 problem+json, as for a route that does not exist", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/dev/outbox" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });
});
