import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  YOUTH_INFO_CODES,
  YOUTH_INFO_CONTACTS,
  directionOf,
} from "../../../domain/youth-info/content.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

/** Issue 24: the public youth information pages. */
describe.each(TEST_DATABASES)("youth information pages (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { publicUrl: "https://inzicht.example.nl" });
  });
  afterAll(() => t.close());

  it.each(YOUTH_INFO_CODES)(
    "/info/%s answers HTML without a login, without a cookie, in its own direction",
    async (lang) => {
      const res = await t.app.inject({ url: `/info/${lang}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(res.headers["set-cookie"]).toBeUndefined();
      expect(res.body).toContain(`<html lang="${lang}" dir="${directionOf(lang)}">`);
      expect(res.body).toMatch(/id="quick-exit"/);
      if (lang !== "nl")
        expect(res.body).toContain("nog niet gecontroleerd door een beëdigd vertaler");
    },
  );

  it("the CSP allows nothing from another origin and no inline script or style", async () => {
    const res = await t.app.inject({ url: "/info/ar" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|https?:|report-uri/);
    // Nothing on the page loads from elsewhere: only links the youth may click go out.
    const loads = [...res.body.matchAll(/<(script|link|img|iframe)\b[^>]*>/g)].map((m) => m[0]);
    expect(loads.length).toBe(2);
    for (const tag of loads) expect(tag).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(res.body).not.toMatch(/ style="/);
  });

  it.each(YOUTH_INFO_CODES)(
    "%s: every phone number and chat link is the catalogue contact's",
    async (lang) => {
      const res = await t.app.inject({ url: `/info/${lang}` });
      for (const id of YOUTH_INFO_CONTACTS) {
        const contact = t.deps.catalog.contacts.find((c) => c.id === id);
        if (!contact) throw new Error(id);
        const shown = [...res.body.matchAll(new RegExp(`<a [^>]*data-contact="${id}"[^>]*>`, "g"))];
        // 112 is also in the running text ("Bel 112"), from the same catalogue contact.
        const inText = id === "emergency-112" ? 1 : 0;
        expect(shown.length, id).toBe(
          (contact.phoneHref ? 1 : 0) + (contact.chatUrl ? 1 : 0) + inText,
        );
        for (const [tag] of shown) {
          if (tag.includes("tel:")) expect(tag).toContain(`href="tel:${contact.phoneHref}"`);
          else expect(tag).toContain(`href="${contact.chatUrl}"`);
        }
      }
      // Inside right-to-left text, numbers and addresses are isolated left-to-right.
      expect(res.body).toContain('<bdi dir="ltr">112</bdi>');
      const danger = /<p class="danger">(.*?)<\/p>/.exec(res.body)?.[1] ?? "";
      expect(danger).toMatch(/<a href="tel:112" [^>]*><bdi dir="ltr">112<\/bdi><\/a>/);
      expect(danger).not.toContain("{emergency}");
      expect(danger).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    },
  );

  it("the leaflet's QR code points to the configured public address", async () => {
    const res = await t.app.inject({ url: "/info/en" });
    expect(res.body).toMatch(/<figure class="qr"><div aria-hidden="true"><svg /);
    expect(res.body).toContain('<bdi dir="ltr">https://inzicht.example.nl/info/en</bdi>');
  });

  it("without a public address and outside demo mode the leaflet has no QR code", async () => {
    const config = t.deps.config;
    t.deps.config = { ...config, publicUrl: null, demo: false };
    try {
      const res = await t.app.inject({ url: "/info/en", headers: { host: "evil.example" } });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('class="qr"');
      expect(res.body).not.toContain("evil.example");
    } finally {
      t.deps.config = config;
    }
  });

  it("a logged-in professional gets the same page and no cookie either; nothing is logged", async () => {
    const s = await loginAs(t.app, demoEmail("mentor"));
    const before = await t.deps.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const res = await s.request({ method: "GET", url: "/info/nl" });
    const anonymous = await t.app.inject({ url: "/info/nl" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(res.body).toBe(anonymous.body);
    const after = await t.deps.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("an unknown language is a 400 problem+json, not a page", async () => {
    const res = await t.app.inject({ url: "/info/xx" });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });

  it("the script, style sheet and service worker are served from /info/, the script under 30 kB", async () => {
    let script = 0;
    for (const url of ["/info/youth-info.js", "/info/sw.js", "/info/youth-info.css"]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["set-cookie"], url).toBeUndefined();
      if (url.endsWith(".js")) script += Buffer.byteLength(res.body);
    }
    console.log(`youth information JavaScript: ${script} bytes (page script + service worker)`);
    expect(script).toBeLessThan(30 * 1024);
    const root = await t.app.inject({ url: "/info" });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe("/info/nl");
  });
});
