/**
 * A seeded, deterministic data generator for benchmarks: N youths, M professionals and S signals
 * with realistic distributions (most youths few signals, some many; several observers; months
 * apart). Pictures are evaluated with the real engine and stored, as the app does.
 */
import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { normaliseIdentifier, normaliseName, type FieldCrypto } from "../src/db/field-crypto.js";
import type { Database } from "../src/db/schema.js";
import { field } from "../src/db/encrypted-columns.js";
import type { Catalog } from "../src/domain/catalog/schema.js";
import {
  DEFAULT_RULES,
  evaluatePicture,
  pictureSummary,
  type PictureSignal,
} from "../src/domain/picture/index.js";
import { hashPassword } from "../src/services/auth/passwords.js";

export interface Scale {
  youths: number;
  professionals: number;
  signals: number;
}

export const PRESETS: Record<string, Scale> = {
  tiny: { youths: 200, professionals: 60, signals: 5_000 },
  small: { youths: 2_000, professionals: 500, signals: 100_000 },
  default: { youths: 20_000, professionals: 5_000, signals: 2_000_000 },
};

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Generated {
  teamLead: { email: string; locationId: string };
  mentor: { email: string; userId: string };
  sampleYouthId: string;
  password: string;
  locations: number;
}

const BATCH = 400;
async function insertBatched<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
  }
}

export async function generate(
  db: Kysely<Database>,
  crypto: FieldCrypto,
  catalog: Catalog,
  scale: Scale,
  seed = 2026,
  now = new Date("2026-11-29T12:00:00Z"),
): Promise<Generated> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const at = now.toISOString();
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16)).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const password = "bench-password-2026";
  const hash = await hashPassword(password);
  // Organisations: one COA location per ~400 youths, regions, schools.
  const nLocations = Math.max(2, Math.round(scale.youths / 400));
  const regions = ["Noord", "Oost", "Zuid", "West", "Midden"];
  const locations = Array.from({ length: nLocations }, (_, i) => ({
    id: uuid(),
    name: `Bench COA ${i + 1}`,
    type: "coa_location",
    region: regions[i % regions.length] ?? "Oost",
    created_at: at,
  }));
  const nidos = regions.map((r) => ({
    id: uuid(),
    name: `Bench Nidos ${r}`,
    type: "nidos_region",
    region: r,
    created_at: at,
  }));
  const care = regions.map((r) => ({
    id: uuid(),
    name: `Bench zorgcoördinatie ${r}`,
    type: "care_region",
    region: r,
    created_at: at,
  }));
  const schools = Array.from({ length: Math.max(1, Math.round(nLocations / 2)) }, (_, i) => ({
    id: uuid(),
    name: `Bench ISK ${i + 1}`,
    type: "school",
    region: regions[i % regions.length] ?? "Oost",
    created_at: at,
  }));
  await insertBatched(db, "organisations", [...locations, ...nidos, ...care, ...schools]);
  // Professionals: mentors per location, guardians per region, some coordinators, schools, leads.
  type U = { id: string; email: string; roles: string; org: string; region: string };
  const users: U[] = [];
  const add = (role: string, org: { id: string; region: string }, i: number) =>
    users.push({
      id: uuid(),
      email: `${role}.${i}@bench.inzicht.test`,
      roles: JSON.stringify([role]),
      org: org.id,
      region: org.region,
    });
  for (let i = 0; i < scale.professionals; i++) {
    const r = rnd();
    if (r < 0.5) add("mentor", pick(locations), i);
    else if (r < 0.75) add("guardian", pick(nidos), i);
    else if (r < 0.8) add("care_coordinator", pick(care), i);
    else if (r < 0.95) add("school", pick(schools), i);
    else add("team_lead", pick(locations), i);
  }
  const firstLocation = locations[0];
  if (!firstLocation) throw new Error("no locations");
  users.push({
    id: uuid(),
    email: "team_lead@bench.inzicht.test",
    roles: '["team_lead"]',
    org: firstLocation.id,
    region: firstLocation.region,
  });
  await insertBatched(
    db,
    "users",
    users.map((u) => ({
      id: u.id,
      email: u.email,
      display_name: `Bench ${u.email.split("@")[0]}`,
      roles: u.roles,
      organisation_id: u.org,
      password_hash: hash,
      totp_secret: null,
      status: "active",
      failed_logins: 0,
      locked_until: null,
      created_at: at,
      updated_at: at,
    })),
  );
  const byOrgRole = new Map<string, U[]>();
  for (const u of users) {
    const k = `${u.org}|${u.roles}`;
    byOrgRole.set(k, [...(byOrgRole.get(k) ?? []), u]);
  }
  const mentorsAt = (org: string) => byOrgRole.get(`${org}|["mentor"]`) ?? [];
  const guardians = users.filter((u) => u.roles.includes("guardian"));
  const schoolStaff = users.filter((u) => u.roles.includes("school"));
  const coordinators = users.filter((u) => u.roles.includes("care_coordinator"));
  const indicators = catalog.indicators;
  // Signals per youth: a skewed distribution whose total is ~S.
  const weights = Array.from({ length: scale.youths }, () => Math.pow(rnd(), 3));
  const total = weights.reduce((a, b) => a + b, 0);
  let sampleYouthId = "";
  let mentorSample: U | undefined;
  for (let start = 0; start < scale.youths; start += 500) {
    const youths: Record<string, unknown>[] = [];
    const members: Record<string, unknown>[] = [];
    const locs: Record<string, unknown>[] = [];
    const signals: Record<string, unknown>[] = [];
    const signalIndicators: Record<string, unknown>[] = [];
    for (let y = start; y < Math.min(scale.youths, start + 500); y++) {
      const id = uuid();
      const location: (typeof locations)[number] = y < 400 ? firstLocation : pick(locations);
      const circle: U[] = [];
      const mentor = pick(mentorsAt(location.id).length ? mentorsAt(location.id) : users);
      circle.push(mentor, pick(guardians.length ? guardians : users));
      if (rnd() < 0.5 && schoolStaff.length) circle.push(pick(schoolStaff));
      if (rnd() < 0.3 && coordinators.length) circle.push(pick(coordinators));
      if (!sampleYouthId && location === firstLocation) {
        sampleYouthId = id;
        mentorSample = mentor;
      }
      const name = `Jongere ${y}`;
      const dob = `${2008 + Math.floor(rnd() * 5)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
      const arrived = new Date(now.getTime() - (60 + Math.floor(rnd() * 900)) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const count = Math.round(((weights[y] ?? 0) / total) * scale.signals);
      const pictureSignals: PictureSignal[] = [];
      for (let s = 0; s < count; s++) {
        const sid = uuid();
        const ind = pick(indicators);
        const observer = pick(circle);
        const observedDays = Math.floor(rnd() * 700);
        const observed = new Date(now.getTime() - observedDays * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const obs = observed < arrived ? arrived : observed;
        signals.push({
          id: sid,
          youth_id: id,
          recorded_by: observer.id,
          recorder_org_id: observer.org,
          recorder_role: JSON.parse(observer.roles)[0],
          observed_at: obs,
          source: pick(["own_observation", "youth_told", "third_party"]),
          source_detail_enc: null,
          facts_enc: crypto.encrypt(
            `Waarneming ${s} bij jongere ${y}: ${ind.text.nl}`,
            field("signals", "facts_enc", sid),
          ),
          interpretation_enc: null,
          context_answers_enc: null,
          catalog_version: catalog.version,
          idempotency_key: null,
          created_at: at,
        });
        signalIndicators.push({ signal_id: sid, youth_id: id, indicator_id: ind.id });
        pictureSignals.push({
          id: `${sid}~${ind.id}`,
          indicatorId: ind.id,
          category: ind.category,
          types: ind.types,
          tier: ind.tier,
          acute: ind.acute,
          control: ind.control,
          observerId: observer.id,
          organisationId: observer.org,
          source: "own_observation",
          observedAt: obs,
          retracted: false,
        });
      }
      const picture = evaluatePicture(
        {
          signals: pictureSignals,
          vulnerabilities: [],
          missingEpisodes: [],
          judgements: [],
          safetyAlerts: [],
          now: at,
        },
        DEFAULT_RULES,
      );
      const summary = pictureSummary(picture);
      youths.push({
        id,
        display_name_enc: crypto.encrypt(name, field("youths", "display_name_enc", id)),
        v_number_enc: crypto.encrypt(`V-${100000 + y}`, field("youths", "v_number_enc", id)),
        v_number_idx: crypto.blindIndex(normaliseIdentifier(`V-${100000 + y}`), "v-number"),
        bsn_enc: null,
        bsn_idx: null,
        dob_enc: crypto.encrypt(dob, field("youths", "dob_enc", id)),
        dob_estimated: 1,
        name_dob_idx: crypto.blindIndex(`${normaliseName(name)}|${dob}`, "name-dob"),
        nationality_enc: null,
        languages_enc: crypto.encrypt("[]", field("youths", "languages_enc", id)),
        gender_enc: null,
        location_id: location.id,
        status: "present",
        arrived_at: arrived,
        version: 1,
        level: picture.level,
        previous_level: 0,
        level_changed_at: new Date(
          now.getTime() - Math.floor(rnd() * 90) * 86_400_000,
        ).toISOString(),
        picture: JSON.stringify(picture),
        level_sexual: summary.levelSexual,
        level_criminal: summary.levelCriminal,
        level_labour: summary.levelLabour,
        reason_count: summary.reasonCount,
        picture_computed_at: at,
        rules_version: picture.rulesVersion,
        created_by: mentor.id,
        created_at: at,
        updated_at: at,
      });
      locs.push({
        id: randomUUID(),
        youth_id: id,
        organisation_id: location.id,
        started_at: `${arrived}T00:00:00.000Z`,
        ended_at: null,
        handover_note_id: null,
      });
      for (const m of circle)
        members.push({
          id: randomUUID(),
          youth_id: id,
          user_id: m.id,
          relation: JSON.parse(m.roles)[0],
          read_only: 0,
          access_until: null,
          added_by: mentor.id,
          added_at: at,
          ended_at: null,
          ended_by: null,
          ended_reason_enc: null,
        });
    }
    await db.transaction().execute(async (trx) => {
      await insertBatched(trx, "youths", youths);
      await insertBatched(trx, "youth_locations", locs);
      await insertBatched(trx, "circle_members", members);
      await insertBatched(trx, "signals", signals);
      await insertBatched(trx, "signal_indicators", signalIndicators);
    });
  }
  // Refresh planner statistics after the bulk load, as autovacuum / a DBA would in production;
  // without it PostgreSQL plans against an "empty" table and scans 2,000,000 signals.
  await sql`analyze`.execute(db);
  if (!mentorSample) throw new Error("no sample youth");
  return {
    teamLead: { email: "team_lead@bench.inzicht.test", locationId: firstLocation.id },
    mentor: { email: mentorSample.email, userId: mentorSample.id },
    sampleYouthId,
    password,
    locations: nLocations,
  };
}
