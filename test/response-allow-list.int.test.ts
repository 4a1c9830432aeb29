/**
 * The response schema is an allow-list (issue 17): Fastify serialises every answer through the
 * route's zod schema, so a field a service returns by mistake — here a decrypted free text the
 * service adds on purpose — never leaves the server, while the real fields do.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildYouth, orgId, registerYouthAs } from "./factories.js";
import { createTestApp, demoEmail, loginAs, type TestApp } from "./test-app.js";
import type * as GetYouthModule from "../src/services/youths/get-youth.js";
import type * as GetCircleModule from "../src/services/circle/get-circle.js";

const LEAK = "decrypted free text that must not leave the server";

vi.mock("../src/services/youths/get-youth.js", async (importOriginal) => {
  const real = await importOriginal<typeof GetYouthModule>();
  return {
    ...real,
    getYouth: async (...args: Parameters<typeof real.getYouth>) => ({
      ...(await real.getYouth(...args)),
      leakedNote: LEAK,
      access: { ...(await real.getYouth(...args)).access, leakedNested: LEAK },
    }),
  };
});

vi.mock("../src/services/circle/get-circle.js", async (importOriginal) => {
  const real = await importOriginal<typeof GetCircleModule>();
  return {
    ...real,
    getCircle: async (...args: Parameters<typeof real.getCircle>) => {
      const circle = await real.getCircle(...args);
      return {
        ...circle,
        members: circle.members.map((m) => ({ ...m, email: LEAK })),
      };
    },
  };
});

describe("a field the service returns by mistake is not sent", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("sqlite");
  });
  afterAll(() => t.close());

  it("GET /api/youths/{id} answers the schema's fields only, at the top and nested", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const zutphen = await orgId(t.app, mentor, "COA Zutphen");
    const id = await registerYouthAs(mentor, buildYouth(zutphen));
    const res = await mentor.request({ method: "GET", url: `/api/youths/${id}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(LEAK);
    const body = res.json<Record<string, unknown>>();
    expect(body).not.toHaveProperty("leakedNote");
    expect(body.access).toEqual({ kind: "member", relation: "mentor", readOnly: false });
    expect(body).toMatchObject({ id, full: true });
  });

  it("GET /api/youths/{id}/circle drops a field added inside each member of a list", async () => {
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const zutphen = await orgId(t.app, mentor, "COA Zutphen");
    const id = await registerYouthAs(mentor, buildYouth(zutphen));
    const res = await mentor.request({ method: "GET", url: `/api/youths/${id}/circle` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(LEAK);
    const body = res.json<{ members: Record<string, unknown>[] }>();
    expect(body.members.length).toBeGreaterThan(0);
    for (const m of body.members) {
      expect(m).not.toHaveProperty("email");
      expect(m).toMatchObject({ relation: expect.any(String), active: expect.any(Boolean) });
    }
  });
});
