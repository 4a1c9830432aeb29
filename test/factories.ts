/**
 * Factories for tests: build request bodies and records with sensible defaults.
 */
import { randomInt } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { RegisterYouthBody } from "../src/shared/youth.schema.js";
import type { Session } from "./test-app.js";

/** Looks up a demo organisation id by name. */
export async function orgId(app: FastifyInstance, s: Session, name: string): Promise<string> {
  const res = await s.request({ method: "GET", url: "/api/organisations" });
  const org = res
    .json<{ items: { id: string; name: string }[] }>()
    .items.find((o) => o.name === name);
  if (!org) throw new Error(`no organisation ${name}`);
  void app;
  return org.id;
}

const LETTERS = "bcdfghjklmnprstvz";
const VOWELS = "aiu";
/** A random pronounceable name part, so duplicate detection never matches by accident. */
function randomWord(): string {
  let w = "";
  for (let i = 0; i < 4; i++)
    w += (LETTERS[randomInt(LETTERS.length)] ?? "b") + (VOWELS[randomInt(VOWELS.length)] ?? "a");
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A registration body for a youth at a location (a fresh V-number each time). */
export function buildYouth(
  locationId: string,
  overrides: Partial<RegisterYouthBody> = {},
): RegisterYouthBody {
  return {
    displayName: `${randomWord()} ${randomWord()}`,
    vNumber: `V-${randomInt(1000, 9999)}-${randomInt(1000, 9999)}`,
    dateOfBirth: "2010-03-15",
    dateOfBirthEstimated: true,
    nationality: "SY",
    languages: ["ar"],
    gender: "male",
    locationId,
    arrivedAt: "2026-01-10",
    ...overrides,
  };
}

/** Registers a youth as the given session and returns its id. */
export async function registerYouthAs(s: Session, body: RegisterYouthBody): Promise<string> {
  const res = await s.request({ method: "POST", url: "/api/youths", payload: body });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** Adds a demo user to a youth's circle. */
export async function addToCircle(
  s: Session,
  youthId: string,
  email: string,
  relation: string,
): Promise<void> {
  const res = await s.request({
    method: "POST",
    url: `/api/youths/${youthId}/circle`,
    payload: { email, relation },
  });
  if (res.statusCode !== 201)
    throw new Error(`add to circle failed: ${res.statusCode} ${res.body}`);
}
