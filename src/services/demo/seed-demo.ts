/**
 * Seeds the demo world once: organisations, one account per role, and (when the youth
 * services exist) demo youths. Idempotent: a second run changes nothing.
 */
import { randomUUID } from "node:crypto";
import { findUserByEmail } from "../../db/repositories/user.repository.js";
import type { ServiceDeps } from "../deps.js";
import { systemContext } from "../system-context.js";
import { createUser } from "../users/create-user.js";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from "./demo-organisations.js";
import { seedDemoYouths } from "./seed-demo-youths.js";
import { seedDemoTraining } from "../training/seed-demo-training.js";
import { seedDemoStatistics } from "./seed-demo-statistics.js";

export interface SeedResult {
  created: boolean;
  users: string[];
}

/** Creates the demo world unless it exists; returns the demo accounts. */
/**
 * `training: false` leaves training records empty (tests that seed their own); `statistics: false`
 * leaves out the made-up statistics population (tests, to stay fast).
 */
export async function seedDemo(
  deps: ServiceDeps,
  options: { training?: boolean; statistics?: boolean } = {},
): Promise<SeedResult> {
  const users = DEMO_USERS.map((u) => u.email);
  if (await findUserByEmail(deps.db, DEMO_USERS[0]?.email ?? "")) return { created: false, users };
  const now = deps.clock();
  const ctx = systemContext(now, "inzicht-seed-demo");
  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGANISATIONS) {
    const existing = await deps.db
      .selectFrom("organisations")
      .select("id")
      .where("name", "=", org.name)
      .executeTakeFirst();
    const id = existing?.id ?? randomUUID();
    if (!existing) {
      await deps.db
        .insertInto("organisations")
        .values({
          id,
          name: org.name,
          type: org.type,
          region: org.region,
          created_at: now.toISOString(),
        })
        .execute();
    }
    orgIds.set(org.key, id);
  }
  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const organisationId = orgIds.get(u.org);
    if (!organisationId) throw new Error(`demo organisation ${u.org} missing`);
    const id = await createUser(deps, ctx, {
      email: u.email,
      displayName: u.displayName,
      roles: u.roles,
      organisationId,
      password: DEMO_PASSWORD,
    });
    userIds.set(u.email, id);
  }
  await seedDemoYouths(deps, { orgIds, userIds, now });
  if (options.training !== false) await seedDemoTraining(deps, { orgIds, userIds, now });
  if (options.statistics !== false) await seedDemoStatistics(deps, { orgIds, userIds, now });
  return { created: true, users };
}
