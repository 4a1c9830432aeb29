import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

/** The fields API.md promises for every indicator (texts as {nl,en} without ?lang). */
interface IndicatorBody {
  id: string;
  category: string;
  types: string[];
  tier: string;
  acute: boolean;
  text: unknown;
  explanation: unknown;
  sources: string[];
}
interface CatalogBody {
  version: string;
  categories: { id: string; label: unknown }[];
  indicators: IndicatorBody[];
  vulnerabilities: { id: string; label: unknown }[];
  exploitationTypes: { id: string; label: unknown }[];
  knowledge: { id: string }[];
  contacts: { id: string }[];
}

const bilingual = { nl: expect.any(String), en: expect.any(String) };

describe.each(TEST_DATABASES)("GET /api/catalog (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { seed: false });
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "GET", url, headers });

  it("anyone may read it, without logging in, as JSON", async () => {
    const res = await get("/api/catalog");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("has the shape API.md describes, with texts in both languages", async () => {
    const body = (await get("/api/catalog")).json<CatalogBody>();
    expect(body.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(body.categories.length).toBeGreaterThan(0);
    expect(body.vulnerabilities.length).toBeGreaterThan(0);
    expect(body.exploitationTypes.map((x) => x.id).sort()).toEqual([
      "criminal",
      "general",
      "labour",
      "sexual",
    ]);
    for (const type of body.exploitationTypes) expect(type.label).toEqual(bilingual);
    for (const indicator of body.indicators) {
      expect(indicator).toMatchObject({
        id: expect.stringMatching(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/),
        category: expect.any(String),
        types: expect.arrayContaining([
          expect.stringMatching(/^(sexual|criminal|labour|general)$/),
        ]),
        tier: expect.stringMatching(/^(strong|medium|weak)$/),
        acute: expect.any(Boolean),
        text: bilingual,
        explanation: bilingual,
      });
      expect(indicator.sources.length).toBeGreaterThan(0);
    }
  });

  it("holds at least 120 indicators and uses every category", async () => {
    const body = (await get("/api/catalog")).json<CatalogBody>();
    expect(body.indicators.length).toBeGreaterThanOrEqual(120);
    const used = new Set(body.indicators.map((i) => i.category));
    expect(body.categories.filter((c) => !used.has(c.id))).toEqual([]);
    expect(
      body.indicators.filter((i) => !body.categories.some((c) => c.id === i.category)),
    ).toEqual([]);
  });

  it.each(["nl", "en"] as const)("?lang=%s gives plain strings in that language", async (lang) => {
    const res = await get(`/api/catalog?lang=${lang}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<CatalogBody & { lang: string }>();
    expect(body.lang).toBe(lang);
    const forcedTheft = body.indicators.find((i) => i.id === "crim.forced-theft");
    expect(typeof forcedTheft?.text).toBe("string");
    expect(forcedTheft?.text).toMatch(lang === "nl" ? /stelen/ : /steal/);
    for (const i of body.indicators) {
      expect(typeof i.text).toBe("string");
      expect(typeof i.explanation).toBe("string");
    }
    for (const c of body.categories) expect(typeof c.label).toBe("string");
    for (const x of body.exploitationTypes) expect(typeof x.label).toBe("string");
  });

  it("sends an ETag and answers 304 to a matching If-None-Match", async () => {
    const first = await get("/api/catalog?lang=nl");
    const etag = first.headers.etag;
    expect(typeof etag).toBe("string");
    expect(first.headers["cache-control"]).toMatch(/must-revalidate/);
    const again = await get("/api/catalog?lang=nl", { "if-none-match": String(etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("each language has its own ETag, and a stale ETag gets the full body", async () => {
    const nl = (await get("/api/catalog?lang=nl")).headers.etag;
    const en = (await get("/api/catalog?lang=en")).headers.etag;
    const all = (await get("/api/catalog")).headers.etag;
    expect(new Set([nl, en, all]).size).toBe(3);
    const stale = await get("/api/catalog?lang=en", { "if-none-match": String(nl) });
    expect(stale.statusCode).toBe(200);
    expect(stale.json<CatalogBody>().indicators.length).toBeGreaterThanOrEqual(120);
  });

  it.each(["fr", "NL", "", "nl&lang=en", "<script>"])(
    "an invalid ?lang=%s is a 400 problem+json",
    async (lang) => {
      const res = await get(`/api/catalog?lang=${encodeURIComponent(lang)}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ status: 400, code: "VALIDATION_FAILED" });
    },
  );

  it("an unknown query parameter is refused with a 400 problem+json", async () => {
    const res = await get("/api/catalog?foo=bar");
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });
});
