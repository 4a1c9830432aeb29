import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCircle, buildYouth, orgId, registerYouthAs } from "../../../../test/factories.js";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";
import { extractPdfText } from "../../../../test/training-pdf-text.js";

const NOW = new Date("2026-11-29T10:00:00Z");

/**
 * The CoMensha form names organ removal as a form of exploitation, and records the
 * verblijfsregeling (Vc B8/3): whether the bedenktijd was offered and whether the youth cannot
 * cooperate with the police. The PDF explains the regulation. Drafts saved without the new
 * fields can still be sent.
 */
describe.each(TEST_DATABASES)("CoMensha form: organ removal and B8/3 (%s)", (kind) => {
  let t: TestApp;
  let mentor: Session;
  let youthId: string;
  let name: string;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    mentor = await loginAs(t.app, demoEmail("mentor"));
    const zutphen = await orgId(t.app, mentor, "COA Zutphen");
    const body = buildYouth(zutphen, { dateOfBirth: "2010-03-15" });
    name = body.displayName;
    youthId = await registerYouthAs(mentor, body);
    await addToCircle(mentor, youthId, demoEmail("guardian"), "guardian");
  });
  afterAll(() => t.close());

  const prefill = async () =>
    (
      await mentor.request({
        method: "GET",
        url: `/api/youths/${youthId}/reports/prefill?kind=comensha`,
      })
    ).json<{ form: Record<string, unknown> }>().form;
  const consent = () => ({
    signer: "youth",
    signerName: name,
    signedOn: "2026-11-28",
    statementKept: true,
  });
  const send = (form: Record<string, unknown>) =>
    mentor.request({
      method: "POST",
      url: `/api/youths/${youthId}/reports`,
      payload: { kind: "comensha", form, consent: consent(), send: true },
    });
  const description = "Vertelt dat hij naar een kliniek moest voor ‘een onderzoek’ en bang is.";

  it("organ removal and the bedenktijd are on the form and in the PDF", async () => {
    const form = {
      ...(await prefill()),
      exploitationTypes: ["organ_removal"],
      description,
      reflectionPeriod: "offered",
      cannotCooperateWithPolice: true,
      residenceNote: "Zorgcoördinator vraagt de vergunning aan.",
    };
    const res = await send(form);
    expect(res.statusCode, res.body).toBe(201);
    const pdf = await mentor.request({
      method: "GET",
      url: `/api/youths/${youthId}/reports/${res.json<{ id: string }>().id}/report.pdf`,
    });
    const text = extractPdfText(pdf.rawPayload);
    expect(text).toContain("gedwongen verwijderen van organen");
    expect(text).toContain("aangeboden door politie of KMar");
    expect(text).toContain("Kan niet meewerken met de politie");
    expect(text).toContain("bedenktijd van maximaal 3 maanden");
    expect(text).toContain("minderjarigheid");
  });

  it("a form without the B8/3 fields (as saved before they existed) can still be sent", async () => {
    const form: Record<string, unknown> = { ...(await prefill()), description };
    delete form.reflectionPeriod;
    expect((await send(form)).statusCode).toBe(201);
  });

  it("an unknown bedenktijd state is refused", async () => {
    const form = { ...(await prefill()), description, reflectionPeriod: "maybe" };
    expect((await send(form)).statusCode).toBe(400);
  });
});
