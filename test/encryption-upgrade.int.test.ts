import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateTo, migrateToLatest } from "../src/db/database.js";
import { field } from "../src/db/encrypted-columns.js";
import { FieldCrypto } from "../src/db/field-crypto.js";
import { legacyV1 } from "./support/legacy-ciphertext.js";
import { demoYouthId } from "./support/demo-world.js";
import { createTestApp, demoEmail, loginAs, TEST_KEYS, type TestApp } from "./test-app.js";
import { TEST_DATABASES } from "./test-db.js";
import {
  FIELD_BINDING_UPGRADE,
  upgradeFieldEncryption,
} from "../src/services/keys/upgrade-field-encryption.js";

/** The last migration before ADR 0009's. */
const BEFORE = "20261129001430_widen_rules_version";
const KEY = TEST_KEYS[0] ?? { id: "t1", secret: "" };

/**
 * A database as main left it before ADR 0009 — v1 ciphertexts without binding, nationality,
 * gender, languages and reasons in plain text — is upgraded at start-up: after the schema
 * migrations, the keyed pass rewrites everything as bound v2 values, once.
 */
describe.each(TEST_DATABASES)("the start-up encryption upgrade (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("turns v1 values and plain text from before ADR 0009 into bound v2 values, once", async () => {
    const db = t.deps.db;
    const amir = await demoYouthId(t.deps, "Amir K.");
    const signal = await db
      .selectFrom("signals")
      .select("id")
      .where("youth_id", "=", amir)
      .executeTakeFirstOrThrow();
    const retraction = await db
      .selectFrom("signal_retractions")
      .select("id")
      .executeTakeFirstOrThrow();
    const member = await db
      .selectFrom("circle_members")
      .select("id")
      .where("youth_id", "=", amir)
      .executeTakeFirstOrThrow();

    // Back to the schema before ADR 0009, and values as main wrote them.
    await migrateTo(db, BEFORE);
    const raw = (q: ReturnType<typeof sql>) => q.execute(db);
    await raw(
      sql`update youths set nationality = 'ER', gender = 'female', languages = '["ti","en"]',
          display_name_enc = ${legacyV1(KEY, "Amir K.")} where id = ${amir}`,
    );
    await raw(
      sql`update signals set facts_enc = ${legacyV1(KEY, "Kwam laat terug met nieuwe schoenen.")}
          where id = ${signal.id}`,
    );
    await raw(
      sql`update signal_retractions set reason = 'Verkeerde jongere gekozen.' where id = ${retraction.id}`,
    );
    await raw(
      sql`update circle_members set ended_reason = 'Voogdij overgedragen.' where id = ${member.id}`,
    );

    await migrateToLatest(db);
    const rewritten = await upgradeFieldEncryption(t.deps);
    expect(rewritten).toBeGreaterThanOrEqual(4);
    expect(await upgradeFieldEncryption(t.deps)).toBe(0);
    const marker = await db
      .selectFrom("encryption_upgrades")
      .selectAll()
      .where("name", "=", FIELD_BINDING_UPGRADE)
      .executeTakeFirstOrThrow();
    expect(marker.rows).toBe(rewritten);

    const c = t.deps.crypto;
    const youth = await db
      .selectFrom("youths")
      .selectAll()
      .where("id", "=", amir)
      .executeTakeFirstOrThrow();
    for (const v of [youth.display_name_enc, youth.nationality_enc, youth.gender_enc])
      expect(v?.startsWith("v2:t1:")).toBe(true);
    expect(c.decrypt(youth.languages_enc, field("youths", "languages_enc", amir))).toBe(
      '["ti","en"]',
    );
    const s = await db
      .selectFrom("signals")
      .select("facts_enc")
      .where("id", "=", signal.id)
      .executeTakeFirstOrThrow();
    expect(c.decrypt(s.facts_enc, field("signals", "facts_enc", signal.id))).toBe(
      "Kwam laat terug met nieuwe schoenen.",
    );
    const r = await db
      .selectFrom("signal_retractions")
      .select("reason_enc")
      .where("id", "=", retraction.id)
      .executeTakeFirstOrThrow();
    expect(FieldCrypto.looksEncrypted(r.reason_enc)).toBe(true);
    expect(c.decrypt(r.reason_enc, field("signal_retractions", "reason_enc", retraction.id))).toBe(
      "Verkeerde jongere gekozen.",
    );

    // And the API shows the upgraded values.
    const mentor = await loginAs(t.app, demoEmail("mentor"));
    const dossier = await mentor.request({ method: "GET", url: `/api/youths/${amir}` });
    expect(dossier.statusCode, dossier.body).toBe(200);
    expect(dossier.json()).toMatchObject({
      displayName: "Amir K.",
      nationality: "ER",
      gender: "female",
      languages: ["ti", "en"],
    });
  });
});
