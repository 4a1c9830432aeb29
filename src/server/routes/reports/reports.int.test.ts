import { randomInt } from "node:crypto";
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

describe.each(TEST_DATABASES)("reports to CoMensha, Veilig Thuis and the police (%s)", (kind) => {
  let t: TestApp;
  let mentor: Session;
  let guardian: Session;
  let school: Session;
  let outsider: Session;
  let zutphen: string;

  const newYouth = async (dateOfBirth: string) => {
    const bsn = String(randomInt(100_000_000, 999_999_999));
    const body = buildYouth(zutphen, { dateOfBirth, bsn });
    const id = await registerYouthAs(mentor, body);
    await addToCircle(mentor, id, demoEmail("guardian"), "guardian");
    await addToCircle(mentor, id, demoEmail("school"), "school");
    const signal = await mentor.request({
      method: "POST",
      url: `/api/youths/${id}/signals`,
      payload: {
        indicatorIds: ["crim.forced-theft"],
        observedAt: "2026-11-20",
        source: "youth_told",
        facts: "Vertelt dat hij onder dwang moet stelen voor iemand.",
      },
    });
    expect(signal.statusCode).toBe(201);
    return { id, bsn, vNumber: body.vNumber ?? "", name: body.displayName };
  };
  const prefill = async (s: Session, youthId: string, k: string) => {
    const res = await s.request({
      method: "GET",
      url: `/api/youths/${youthId}/reports/prefill?kind=${k}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ form: Record<string, unknown>; consentRule: { requiredSigner: string } }>();
  };
  const create = (s: Session, youthId: string, payload: Record<string, unknown>) =>
    s.request({ method: "POST", url: `/api/youths/${youthId}/reports`, payload });
  const exportAs = (s: Session, youthId: string, id: string, f: "pdf" | "json") =>
    s.request({ method: "GET", url: `/api/youths/${youthId}/reports/${id}/report.${f}` });
  const audit = async (youthId: string) =>
    (
      await t.deps.db
        .selectFrom("audit_log")
        .select(["action", "record_type"])
        .where("youth_id", "=", youthId)
        .execute()
    ).map((r) => r.action);

  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    mentor = await loginAs(t.app, demoEmail("mentor"));
    guardian = await loginAs(t.app, demoEmail("guardian"));
    school = await loginAs(t.app, demoEmail("school"));
    outsider = await loginAs(t.app, "mentor.terapel@demo.inzicht.test");
    zutphen = await orgId(t.app, mentor, "COA Zutphen");
  });
  afterAll(() => t.close());

  it("a CoMensha registration for a 16-year-old is prefilled, signed by the youth, sent, and exported as PDF and JSON", async () => {
    const y = await newYouth("2010-03-15");
    const p = await prefill(mentor, y.id, "comensha");
    expect(p.consentRule.requiredSigner).toBe("youth");
    expect(JSON.stringify(p.form)).not.toContain(y.vNumber);
    expect(JSON.stringify(p.form)).not.toContain(y.bsn);
    expect(p.form).toMatchObject({
      observerOrganisations: ["COA Zutphen"],
      exploitationTypes: expect.any(Array),
    });
    const consent = {
      signer: "youth",
      signerName: y.name,
      signedOn: "2026-11-28",
      statementKept: true,
    };
    const res = await create(mentor, y.id, { kind: "comensha", form: p.form, consent, send: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe("sent");
    const list = await guardian.request({ method: "GET", url: `/api/youths/${y.id}/reports` });
    expect(list.json().items[0]).toMatchObject({
      kind: "comensha",
      status: "sent",
      sentBy: { name: "Sanne de Vries" },
    });
    expect(list.json().items[0].snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await exportAs(guardian, y.id, res.json().id, "pdf");
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const text = extractPdfText(pdf.rawPayload);
    expect(text).toContain("CoMensha");
    expect(text).toContain(y.name);
    expect(text).toContain("de jongere");
    expect(text).toContain("COA Zutphen");
    expect(text).toContain("criminele uitbuiting");
    // Sent at 10:00 UTC, printed in Dutch local time with the zone named.
    expect(text).toContain("29 november 2026, 11:00 (Nederlandse tijd, CET)");
    expect(text).not.toContain("UTC");
    expect(text).not.toContain(y.vNumber);
    expect(text).not.toContain(y.bsn);
    expect(pdf.rawPayload.toString("latin1")).toMatch(/\/Lang \(nl-NL\)/);
    // Tagged: the PDF catalog points at a /MarkInfo dictionary that says /Marked true.
    expect(pdf.rawPayload.toString("latin1")).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(pdf.rawPayload.toString("latin1")).toContain("/Marked true");
    const json = await exportAs(guardian, y.id, res.json().id, "json");
    expect(json.json()).toMatchObject({
      kind: "comensha",
      consent: { signer: "youth" },
      sentBy: { name: "Sanne de Vries" },
    });
    // The snapshot shows which facts the report rested on: signals, indicators, the picture.
    const signals = (
      await mentor.request({ method: "GET", url: `/api/youths/${y.id}/signals` })
    ).json<{ items: { id: string }[] }>().items;
    const picture = (
      await mentor.request({ method: "GET", url: `/api/youths/${y.id}/picture` })
    ).json<{ level: number; rulesVersion: string }>();
    expect(json.json().basis).toMatchObject({
      catalogVersion: expect.any(String),
      picture: {
        level: picture.level,
        rulesVersion: picture.rulesVersion,
        computedAt: expect.any(String),
      },
      signals: [
        {
          id: signals[0]?.id,
          observedOn: "2026-11-20",
          indicators: [
            {
              id: "crim.forced-theft",
              text: { nl: expect.stringMatching(/\w/), en: expect.stringMatching(/\w/) },
            },
          ],
        },
      ],
    });
    expect(json.json().basis.picture.reasons.length).toBeGreaterThan(0);
    expect(JSON.stringify(json.json().basis)).not.toContain("onder dwang moet stelen voor iemand");
    const log = await audit(y.id);
    expect(log).toEqual(expect.arrayContaining(["report.create", "report.export", "steps.read"]));
    expect(log.filter((a) => a === "report.export")).toHaveLength(2);
  });

  it("under 16 the guardian signs, and only the guardian records that signature", async () => {
    const y = await newYouth("2011-06-01");
    const p = await prefill(guardian, y.id, "comensha");
    expect(p.consentRule.requiredSigner).toBe("guardian");
    const byYouth = {
      signer: "youth",
      signerName: y.name,
      signedOn: "2026-11-28",
      statementKept: true,
    };
    const byGuardian = {
      signer: "guardian",
      signerName: "Jeugdbeschermer Nidos",
      signedOn: "2026-11-28",
      statementKept: true,
    };
    const wrongSigner = await create(guardian, y.id, {
      kind: "comensha",
      form: p.form,
      consent: byYouth,
      send: true,
    });
    expect(wrongSigner.statusCode).toBe(400);
    expect(wrongSigner.json().errors[0].path).toBe("consent.signer");
    const notTheGuardian = await create(mentor, y.id, {
      kind: "comensha",
      form: p.form,
      consent: byGuardian,
      send: true,
    });
    expect(notTheGuardian.statusCode).toBe(400);
    const noConsent = await create(guardian, y.id, { kind: "comensha", form: p.form, send: true });
    expect(noConsent.statusCode).toBe(400);
    const ok = await create(guardian, y.id, {
      kind: "comensha",
      form: p.form,
      consent: byGuardian,
      send: true,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const text = extractPdfText((await exportAs(mentor, y.id, ok.json().id, "pdf")).rawPayload);
    expect(text).toContain("de voogd");
  });

  it("a draft is saved, changed with its version (stale → 409), sent, and then frozen", async () => {
    const y = await newYouth("2010-03-15");
    const p = await prefill(mentor, y.id, "veilig_thuis");
    const draft = await create(mentor, y.id, {
      kind: "veilig_thuis",
      form: { concern: "Nog aanvullen." },
      send: false,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const url = `/api/youths/${y.id}/reports/${draft.json().id}`;
    expect((await exportAs(mentor, y.id, draft.json().id, "pdf")).statusCode).toBe(409);
    const saved = await guardian.request({
      method: "PATCH",
      url,
      payload: { version: 1, form: p.form, send: false },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await mentor.request({
      method: "PATCH",
      url,
      payload: { version: 1, form: p.form, send: true },
    });
    expect(stale.statusCode).toBe(409);
    const sent = await mentor.request({
      method: "PATCH",
      url,
      payload: {
        version: 2,
        form: { ...p.form, consentStatus: "not_asked_safety", youthKnows: false },
        send: true,
      },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe("sent");
    const frozen = await mentor.request({
      method: "PATCH",
      url,
      payload: { version: 3, form: p.form, send: false },
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().code).toBe("INVALID_TRANSITION");
    const text = extractPdfText((await exportAs(mentor, y.id, draft.json().id, "pdf")).rawPayload);
    expect(text).toContain("Veilig Thuis");
    expect(text).toContain("Meldrecht");
    expect(text).toContain("Niet gevraagd: vragen zou de veiligheid");
    expect(text).not.toContain(y.vNumber);
    expect(text).not.toContain(y.bsn);
  });

  it("police information needs the non-punishment note; its PDF carries the V-number but never the BSN", async () => {
    const y = await newYouth("2010-03-15");
    const p = await prefill(mentor, y.id, "police");
    expect((p.form.youth as { vNumber: string }).vNumber).toBe(y.vNumber);
    const refused = await create(mentor, y.id, { kind: "police", form: p.form, send: true });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe("form.nonPunishmentNoted");
    const ok = await create(mentor, y.id, {
      kind: "police",
      form: { ...p.form, nonPunishmentNoted: true, leads: "Auto met onbekende volwassenen." },
      send: true,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const text = extractPdfText((await exportAs(mentor, y.id, ok.json().id, "pdf")).rawPayload);
    expect(text).toContain("Non-punishment");
    expect(text).toContain(y.vNumber);
    expect(text).toContain("dwang");
    expect(text).not.toContain(y.bsn);
  });

  it.each([
    ["a BSN field in the form", { kind: "comensha", form: { bsn: "123456782" }, send: false }],
    [
      "a V-number in a CoMensha form",
      { kind: "comensha", form: { youth: { vNumber: "V-1" } }, send: false },
    ],
    [
      "a nationality in a Veilig Thuis form",
      {
        kind: "veilig_thuis",
        form: {
          youth: {
            nationality: "SY",
            displayName: "X",
            dateOfBirth: "2010-01-01",
            dateOfBirthEstimated: false,
            gender: "male",
            languages: [],
          },
        },
        send: false,
      },
    ],
    [
      "consent on a Veilig Thuis report",
      {
        kind: "veilig_thuis",
        form: {},
        consent: { signer: "youth", signerName: "Xx", signedOn: "2026-11-28", statementKept: true },
        send: false,
      },
    ],
    ["an unknown top-level field", { kind: "police", form: {}, send: false, extra: 1 }],
    ["an unknown kind", { kind: "ind", form: {}, send: false }],
  ])("%s is refused with 400", async (_n, payload) => {
    const y = await newYouth("2010-03-15");
    const res = await create(mentor, y.id, payload);
    expect(res.statusCode).toBe(400);
    const rows = await t.deps.db
      .selectFrom("reports")
      .select("id")
      .where("youth_id", "=", y.id)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it("a school member sees no reports; outside the circle the youth does not exist", async () => {
    const y = await newYouth("2010-03-15");
    expect(
      (await school.request({ method: "GET", url: `/api/youths/${y.id}/reports` })).statusCode,
    ).toBe(403);
    expect(
      (
        await school.request({
          method: "GET",
          url: `/api/youths/${y.id}/reports/prefill?kind=comensha`,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await outsider.request({ method: "GET", url: `/api/youths/${y.id}/reports` })).statusCode,
    ).toBe(404);
    expect(await audit(y.id)).toContain("youth.denied");
  });
});
