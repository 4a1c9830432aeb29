/**
 * Demo youths with circles, registered through the real services (so the access log and the
 * encryption are exactly as in production). Signal histories are added by seedDemoSignals.
 */
import { isoDate } from "../../domain/youth/age.js";
import type { Actor } from "../../domain/policies.js";
import type { Role } from "../../domain/roles.js";
import type { AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import { addCircleMember } from "../circle/add-circle-member.js";
import { registerYouth } from "../youths/register-youth.js";
import { DEMO_USERS } from "./demo-organisations.js";
import { DEMO_YOUTHS } from "./demo-youths.js";
import { seedDemoActivity } from "./seed-demo-activity.js";

export interface DemoWorld {
  orgIds: Map<string, string>;
  userIds: Map<string, string>;
  now: Date;
}

/** A context acting as a demo user. */
export function demoContext(
  world: DemoWorld,
  email: string,
  at: Date = world.now,
): AuthenticatedContext {
  const user = DEMO_USERS.find((u) => u.email === email);
  const userId = world.userIds.get(email);
  const organisationId = user ? world.orgIds.get(user.org) : undefined;
  if (!user || !userId || !organisationId) throw new Error(`unknown demo user ${email}`);
  const actor: Actor = { userId, roles: user.roles as Role[], organisationId };
  return {
    actor,
    actorRole: user.roles[0] ?? null,
    ip: "127.0.0.1",
    client: "inzicht-seed-demo",
    requestId: "seed",
    now: at,
  };
}

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export async function seedDemoYouths(
  deps: ServiceDeps,
  world: DemoWorld,
): Promise<Map<string, string>> {
  const youthIds = new Map<string, string>();
  for (const y of DEMO_YOUTHS) {
    const mentor =
      y.location === "coa-zutphen"
        ? "mentor@demo.inzicht.test"
        : "mentor.terapel@demo.inzicht.test";
    const arrived = daysAgo(world.now, y.arrivedMonthsAgo * 30);
    const birthday = daysAgo(world.now, y.daysSinceBirthday);
    const dob = `${birthday.getUTCFullYear() - y.age}-${isoDate(birthday).slice(5)}`.replace(
      /-02-29$/,
      "-02-28",
    );
    const ctx = demoContext(world, mentor, arrived);
    const locationId = world.orgIds.get(y.location);
    if (!locationId) throw new Error("demo location missing");
    const { id } = await registerYouth(deps, ctx, {
      displayName: y.displayName,
      vNumber: y.vNumber,
      dateOfBirth: dob,
      dateOfBirthEstimated: y.estimated,
      nationality: y.nationality,
      languages: y.languages,
      gender: y.gender,
      locationId,
      arrivedAt: isoDate(arrived),
    });
    for (const member of y.circle) {
      const email = `${member}@demo.inzicht.test`;
      const userId = world.userIds.get(email);
      await addCircleMember(
        deps,
        demoContext(world, mentor, new Date(arrived.getTime() + 86_400_000)),
        id,
        { userId, relation: member },
      );
    }
    youthIds.set(y.key, id);
  }
  await seedDemoActivity(deps, world, youthIds);
  return youthIds;
}
