/**
 * Uses every feature that stores encrypted text once, through the real API, on top of the demo
 * seed (which covers youths, signals, retractions, judgements and vulnerabilities): a signal with
 * source detail, interpretation and context answers, a retraction, a vulnerability note, a
 * judgement, a traject with steps (one with a "why"), a handled safety alert, a completed review,
 * a sent report with consent, a whole missing episode, an access request, emergency access, a
 * member removed from the circle, a relocation with a handover note, a user with 2FA and a
 * pending 2FA enrolment.
 * For the encryption-at-rest scan and the rotation drill (ADR 0009).
 */
import { enqueueMail } from "../../src/services/mail/enqueue-mail.js";
import { Secret, TOTP } from "otpauth";
import { expect } from "vitest";
import { addToCircle, buildYouth, orgId, registerYouthAs } from "../factories.js";
import { SAFE, TODAY, openTraject, postStep } from "../steps-helpers.js";
import { demoEmail, loginAs, type Session, type TestApp } from "../test-app.js";
import { DEMO_PASSWORD } from "../../src/services/demo/demo-organisations.js";

/** Plain texts written below, to prove none of them is stored as plain text. */
export const FEATURE_TEXTS = {
  mailLink: "/password-reset/every-feature-token",
  sourceDetail: "Beveiliger Kees van de nachtdienst",
  interpretation: "Ik denk dat hij onder druk gezet wordt door de man in de auto.",
  contextAnswer: "Een oudere man die hem steeds belt.",
  retraction: "Dubbel ingevoerd door een collega, zelfde waarneming.",
  vulnerabilityNote: "Woont sinds kort zonder broer op de locatie.",
  judgement: "Meerdere signalen samen wijzen op criminele uitbuiting.",
  why: "Veiligheid eerst besproken met de jongere zelf.",
  alertNote: "Politie ingeschakeld, jongere is veilig ondergebracht bij pleeggezin Jansen.",
  reviewOutcome: "Besproken met de jongere, de afspraken werken goed.",
  checklistNote: "Vermissingsmelding gedaan, PV-nummer 2026-4711.",
  foundWhere: "Bij het station van Deventer, bij een onbekend adres.",
  conversation: "Hij vertelt dat hij bij een oudere vriend in Deventer was.",
  closeNote: "Afgerond na het terugkeergesprek met de voogd.",
  skipReason: "Niet meer nodig: hij was binnen het uur terug bij de voogd.",
  accessRequest: "Jongere komt naar onze regio voor begeleiding na de zomer.",
  emergency: "Politie meldt acute dreiging, mentor niet bereikbaar vannacht.",
  circleEnd: "Leerplicht overgedragen aan de nieuwe school in Apeldoorn.",
  handover: "Wordt 's avonds opgehaald door een man in een grijze auto.",
  legalHold: "Lopend politieonderzoek naar de man in de grijze auto, zaaknummer 2026-0815.",
} as const;

export interface EveryFeature {
  youthId: string;
  mentor: Session;
  signalId: string;
  /** The researcher's TOTP secret (base32), to log in with 2FA after a rotation. */
  totpSecret: string;
}

async function ok(
  p: Promise<{ statusCode: number; body: string }>,
  what: string,
): Promise<Record<string, unknown>> {
  const res = await p;
  expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(300);
  return res.body ? (JSON.parse(res.body) as Record<string, unknown>) : {};
}

/** Uses every encrypted feature once on a fresh Zutphen youth; see the file comment. */
export async function seedEveryFeature(t: TestApp, now: Date): Promise<EveryFeature> {
  const X = FEATURE_TEXTS;
  const mentor = await loginAs(t.app, demoEmail("mentor"));
  const zutphen = await orgId(t.app, mentor, "COA Zutphen");
  const terApel = await orgId(t.app, mentor, "COA Ter Apel");
  const youthId = await registerYouthAs(mentor, buildYouth(zutphen, { bsn: "123456782" }));
  await addToCircle(mentor, youthId, demoEmail("guardian"), "guardian");
  await addToCircle(mentor, youthId, demoEmail("care_coordinator"), "care_coordinator");
  await addToCircle(mentor, youthId, demoEmail("school"), "school");
  const base = `/api/youths/${youthId}`;
  const post = (s: Session, url: string, payload: object, what: string) =>
    ok(s.request({ method: "POST", url: `${base}${url}`, payload }), what);

  const signal = await post(
    mentor,
    "/signals",
    {
      indicatorIds: ["crim.forced-theft", "crim.threatened-by-phone"],
      observedAt: "2026-11-20",
      source: "third_party",
      sourceDetail: X.sourceDetail,
      facts: "Vertelt dat hij moet stelen voor iemand, anders wordt hij bedreigd.",
      interpretation: X.interpretation,
      contextAnswers: { "who-benefits": X.contextAnswer },
    },
    "signal",
  );
  const second = await post(
    mentor,
    "/signals",
    {
      indicatorIds: ["behav.out-at-night"],
      observedAt: "2026-11-21",
      source: "own_observation",
      facts: "Kwam om 03:00 terug op de locatie, met een nieuwe jas.",
    },
    "second signal",
  );
  await post(
    mentor,
    `/signals/${String(second.id)}/retraction`,
    { reason: X.retraction },
    "retraction",
  );
  await ok(
    mentor.request({
      method: "PUT",
      url: `${base}/vulnerabilities`,
      payload: {
        factors: [
          {
            factorId: "reception-situation",
            present: true,
            notedAt: "2026-11-20",
            note: X.vulnerabilityNote,
          },
        ],
      },
    }),
    "vulnerabilities",
  );
  await post(mentor, "/judgements", { kind: "suspicion", reason: X.judgement }, "judgement");

  const traject = await openTraject(mentor, youthId);
  const danger = await ok(
    postStep(mentor, youthId, traject.id, {
      step: "safety_check",
      draft: true,
      what: { dangerNow: "yes", answers: { inDangerNow: "Ja, ze wachten buiten." } },
      why: X.why,
    }),
    "safety check step",
  );
  await post(
    mentor,
    `/safety-alerts/${String(danger.safetyAlertId)}/handled`,
    { note: X.alertNote },
    "safety alert handled",
  );
  await ok(
    mentor.request({
      method: "PATCH",
      url: `${base}/trajects/${traject.id}/steps/${String(danger.id)}`,
      payload: { version: 1, draft: true, what: SAFE, why: X.why },
    }),
    "step update",
  );

  const episode = await post(
    mentor,
    "/missing-episodes",
    {
      lastSeenAt: new Date(now.getTime() - 12 * 3_600_000).toISOString(),
      lastSeenWhere: "Bushalte Stationsplein Zutphen",
      lastSeenWith: "Twee onbekende volwassen mannen in een grijze auto",
      circumstances: "Kwam niet terug na het avondeten; kamer leeg.",
      belongings: "Rugzak, jas",
      phone: "with_phone",
      phoneNumber: "06-12345678",
    },
    "missing episode",
  );
  const episodeUrl = `/missing-episodes/${String(episode.id)}`;
  await ok(
    mentor.request({
      method: "PATCH",
      url: `${base}${episodeUrl}/checklist/police_notified`,
      payload: {
        version: 1,
        done: true,
        doneAt: new Date(now.getTime() - 3_600_000).toISOString(),
        note: X.checklistNote,
      },
    }),
    "checklist",
  );
  const review = await t.deps.db
    .selectFrom("review_dates")
    .select(["id", "version"])
    .where("youth_id", "=", youthId)
    .where("episode_id", "=", String(episode.id))
    .orderBy("due_at")
    .executeTakeFirstOrThrow();
  await post(
    mentor,
    `/reviews/${review.id}/done`,
    { version: review.version, outcome: X.reviewOutcome },
    "review done",
  );
  await post(
    mentor,
    `${episodeUrl}/end`,
    {
      version: 1,
      endedAt: new Date(now.getTime() - 1_800_000).toISOString(),
      outcome: "returned",
      foundWhere: X.foundWhere,
    },
    "episode end",
  );
  await post(
    mentor,
    `${episodeUrl}/return-conversation`,
    { version: 2, heldOn: TODAY, youthTalked: true, summary: X.conversation },
    "return conversation",
  );
  // Closing with required items open asks a reason per item; those reasons are free text too.
  const openItems = await t.deps.db
    .selectFrom("missing_checklist_items")
    .select("item")
    .where("episode_id", "=", String(episode.id))
    .where("required", "=", 1)
    .where("done_at", "is", null)
    .execute();
  await post(
    mentor,
    `${episodeUrl}/close`,
    {
      version: 3,
      note: X.closeNote,
      skipped: Object.fromEntries(openItems.map((i) => [i.item, X.skipReason])),
    },
    "episode close",
  );

  const prefill = await ok(
    mentor.request({ method: "GET", url: `${base}/reports/prefill?kind=comensha` }),
    "prefill",
  );
  const youth = await ok(mentor.request({ method: "GET", url: base }), "dossier");
  await post(
    mentor,
    "/reports",
    {
      kind: "comensha",
      form: prefill.form,
      consent: {
        signer: "youth",
        signerName: String(youth.displayName),
        signedOn: TODAY,
        statementKept: true,
      },
      send: true,
    },
    "report",
  );

  const outsider = await loginAs(t.app, "mentor.terapel@demo.inzicht.test");
  await post(outsider, "/access-requests", { reason: X.accessRequest }, "access request");
  const lead = await loginAs(t.app, "team_lead.terapel@demo.inzicht.test");
  await post(lead, "/emergency-access", { reason: X.emergency }, "emergency access");
  const circle = await ok(mentor.request({ method: "GET", url: `${base}/circle` }), "circle");
  const school = (circle.members as { id: string; relation: string }[]).find(
    (m) => m.relation === "school",
  );
  await ok(
    mentor.request({
      method: "DELETE",
      url: `${base}/circle/${school?.id ?? "none"}`,
      payload: { reason: X.circleEnd },
    }),
    "circle removal",
  );
  const current = await ok(mentor.request({ method: "GET", url: base }), "dossier");
  await post(
    mentor,
    "/relocations",
    {
      toLocationId: terApel,
      version: Number(current.version),
      handover: {
        openConcerns: X.handover,
        safetyAgreements: "Telefoon 's nachts bij de mentor.",
        nextSteps: "Gesprek met de zorgcoördinator.",
      },
    },
    "relocation",
  );

  const researcher = await loginAs(t.app, demoEmail("researcher"));
  const setup = await ok(
    researcher.request({
      method: "POST",
      url: "/api/auth/totp/setup",
      payload: { password: DEMO_PASSWORD },
    }),
    "totp setup",
  );
  const totp = new TOTP({ secret: Secret.fromBase32(String(setup.secret)) });
  await ok(
    researcher.request({
      method: "POST",
      url: "/api/auth/totp/confirm",
      payload: { totp: totp.generate({ timestamp: now.getTime() }) },
    }),
    "totp confirm",
  );
  // A second user starts an enrolment and leaves it pending (totp_enrolments).
  const trainer = await loginAs(t.app, demoEmail("trainer"));
  await ok(
    trainer.request({
      method: "POST",
      url: "/api/auth/totp/setup",
      payload: { password: DEMO_PASSWORD },
    }),
    "pending totp setup",
  );
  // A mail waiting in the outbox (mail_outbox.payload_enc holds its link until it is sent).
  await t.deps.db.transaction().execute((trx) =>
    enqueueMail(t.deps, trx, {
      template: "password_reset",
      recipient: demoEmail("mentor"),
      language: "nl",
      payload: { path: FEATURE_TEXTS.mailLink },
      now,
    }),
  );
  // A legal hold (issue 22): retention_holds.reason_enc.
  const privacyOfficer = await loginAs(t.app, demoEmail("privacy_officer"));
  await ok(
    privacyOfficer.request({
      method: "POST",
      url: `/api/youths/${youthId}/retention-hold`,
      payload: { reason: FEATURE_TEXTS.legalHold },
    }),
    "legal hold",
  );
  return { youthId, mentor, signalId: String(signal.id), totpSecret: String(setup.secret) };
}
