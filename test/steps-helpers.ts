/**
 * Shared pieces of the steps integration tests: the fixed clock, one valid body per step kind,
 * and small request helpers for a youth's trajects.
 */
import { expect } from "vitest";
import { addToCircle, buildYouth, registerYouthAs } from "./factories.js";
import { demoEmail, type Session, type TestApp } from "./test-app.js";

export const NOW = new Date("2026-11-29T10:00:00Z");
export const TODAY = "2026-11-29";

/** Valid `what` bodies for the first four step kinds. */
export const SAFE = {
  dangerNow: "no",
  askedOn: TODAY,
  answers: { inDangerNow: "Nee, niet nu." },
  actions: [],
};
export const CONSULT = {
  party: "care_coordinator",
  anonymous: false,
  consultedOn: TODAY,
  advice: "Vrijblijvend gesprek; zij heeft een lijntje met de politie.",
};
export const INFORM = {
  outcome: "would_not_talk_informed",
  informedOn: TODAY,
  language: "Arabisch",
  interpreter: true,
  topics: ["not_your_fault", "who_can_help"],
  youthInfoShared: true,
  leafletLanguages: ["ar"],
};
export const WEIGH = {
  answers: { suspicion: "yes", unsafety: "yes" },
  withVeiligThuis: false,
  weighedOn: TODAY,
};

/** A youth at `locationId` registered by `mentor`, with guardian, care coordinator and school. */
export async function newYouthWithCircle(mentor: Session, locationId: string): Promise<string> {
  const id = await registerYouthAs(mentor, buildYouth(locationId));
  await addToCircle(mentor, id, demoEmail("guardian"), "guardian");
  await addToCircle(mentor, id, demoEmail("care_coordinator"), "care_coordinator");
  await addToCircle(mentor, id, demoEmail("school"), "school");
  return id;
}

/** Opens a traject for the youth (expects 201). */
export async function openTraject(s: Session, youthId: string) {
  const res = await s.request({
    method: "POST",
    url: `/api/youths/${youthId}/trajects`,
    payload: { concern: "Vertelt dat hij onder dwang moet stelen." },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; version: number }>();
}

/** Records a step (the raw response, for tests that expect a refusal). */
export function postStep(
  s: Session,
  youthId: string,
  trajectId: string,
  payload: Record<string, unknown>,
) {
  return s.request({
    method: "POST",
    url: `/api/youths/${youthId}/trajects/${trajectId}/steps`,
    payload,
  });
}

/** The access-log actions recorded for a youth, oldest first. */
export async function auditActions(t: TestApp, youthId: string): Promise<string[]> {
  const rows = await t.deps.db
    .selectFrom("audit_log")
    .select("action")
    .where("youth_id", "=", youthId)
    .orderBy("seq")
    .execute();
  return rows.map((r) => r.action);
}
