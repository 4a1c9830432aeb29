import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { migrateAllDown, migrateToLatest, openDatabase } from "./database.js";
import { createTestDatabase } from "../../test/test-db.js";
import { TEST_DATABASES } from "../../test/test-db.js";

describe.each(TEST_DATABASES)("migrations (%s)", (kind) => {
  it("run latest → down → latest", async () => {
    const testDb = await createTestDatabase(kind);
    const handle = openDatabase(testDb.target);
    try {
      const first = await migrateToLatest(handle.db);
      expect(first.length).toBeGreaterThan(5);
      await migrateAllDown(handle.db);
      const again = await migrateToLatest(handle.db);
      expect(again).toEqual(first);
      await sql`select count(*) from youths`.execute(handle.db);
    } finally {
      await handle.close();
      await testDb.drop();
    }
  });
});
