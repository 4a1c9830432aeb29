import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENCRYPTED_COLUMNS, field } from "../../db/encrypted-columns.js";
import { FieldCrypto } from "../../db/field-crypto.js";
import { writeRowIfUnchanged } from "../../db/repositories/rotation.repository.js";
import { createTestApp, type TestApp } from "../../../test/test-app.js";
import { TEST_DATABASES } from "../../../test/test-db.js";
import { rotateKeys } from "./rotate-keys.js";
import { findYouths } from "../youths/find-youths.js";
import { entityIndex } from "../patterns/entity-index.js";
import type { EntityKind } from "../../domain/patterns/entities.js";

describe.each(TEST_DATABASES)("key rotation (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("re-encrypts every value under the new key; the old key can then go, and look-ups still work", async () => {
    const before = await t.deps.db.selectFrom("signals").select("facts_enc").execute();
    expect(before.length).toBeGreaterThan(5);
    const newKey = { id: "t2", secret: "a-brand-new-secret-key-for-rotation-0002" };
    const oldKey = { id: "t1", secret: "test-secret-key-that-is-long-enough-0001" };
    const deps = { ...t.deps, crypto: new FieldCrypto([newKey, oldKey]) };
    const report = await rotateKeys(deps);
    expect(report.reEncrypted).toBeGreaterThan(10);
    const after = await t.deps.db.selectFrom("signals").select("facts_enc").execute();
    expect(after.every((r) => FieldCrypto.keyIdOf(r.facts_enc) === "t2")).toBe(true);
    const onlyNew = { ...t.deps, crypto: new FieldCrypto([newKey]) };
    const lead = await t.deps.db
      .selectFrom("users")
      .select(["id", "organisation_id"])
      .where("email", "=", "team_lead@demo.inzicht.test")
      .executeTakeFirstOrThrow();
    const ctx = {
      actor: {
        userId: lead.id,
        roles: ["team_lead" as const],
        organisationId: lead.organisation_id,
      },
      actorRole: "team_lead",
      ip: null,
      client: null,
      requestId: "t",
      now: new Date(),
    };
    const found = await findYouths(onlyNew, ctx, { q: "V-2607-1101", limit: 10 });
    expect(found.items.map((y) => y.displayName)).toEqual(["Amir K."]);
    expect((await rotateKeys(onlyNew)).tables.signals).toBe(0);
    // The entities' blind indexes follow the new key, so patterns still match (issue 25).
    const entities = await t.deps.db.selectFrom("signal_entities").selectAll().execute();
    expect(entities.length).toBeGreaterThan(2);
    for (const e of entities) {
      const value = onlyNew.crypto.decrypt(
        e.value_enc,
        field("signal_entities", "value_enc", e.id),
      );
      expect(e.value_idx).toBe(entityIndex(onlyNew.crypto, e.kind as EntityKind, value));
    }
    const phones = entities.filter((e) => e.kind === "phone");
    expect(phones).toHaveLength(3);
    expect(new Set(phones.map((e) => e.value_idx)).size).toBe(1);
  });

  it("a value a service changed after rotation read it is not overwritten (compare-and-set)", async () => {
    const signals = ENCRYPTED_COLUMNS.find((e) => e.table === "signals");
    if (!signals) throw new Error("signals are listed");
    const row = await t.deps.db
      .selectFrom("signals")
      .select(["id", "facts_enc"])
      .executeTakeFirstOrThrow();
    const at = field("signals", "facts_enc", row.id);
    const byService = t.deps.crypto.encrypt("Nieuw feit van een collega.", at);
    await t.deps.db
      .updateTable("signals")
      .set({ facts_enc: byService })
      .where("id", "=", row.id)
      .execute();
    const stale = t.deps.crypto.encrypt("Oude tekst, opnieuw versleuteld.", at);
    expect(
      await writeRowIfUnchanged(
        t.deps.db,
        signals,
        row.id,
        { facts_enc: stale },
        { facts_enc: row.facts_enc },
      ),
    ).toBe(false);
    const now = await t.deps.db
      .selectFrom("signals")
      .select("facts_enc")
      .where("id", "=", row.id)
      .executeTakeFirstOrThrow();
    expect(now.facts_enc).toBe(byService);
  });
});
