/**
 * Demo training records: the seed's classroom figures for 2025 (COA 163, Nidos 197 = 360,
 * recorded by the demo trainer) and realistic e-learning progress for several demo users,
 * walked through the real services. Leaves the demo mentor untouched (the e2e journey uses them).
 * Idempotent: does nothing when classroom trainings exist.
 */
import { randomUUID } from "node:crypto";
import { listClassroomSessions } from "../../db/repositories/training.repository.js";
import type { Role } from "../../domain/roles.js";
import type { AuthenticatedContext } from "../context.js";
import type { DemoWorld } from "../demo/seed-demo-youths.js";
import { DEMO_USERS } from "../demo/demo-organisations.js";
import type { ServiceDeps } from "../deps.js";
import { correctExerciseAnswers, quizAnswersFor } from "./demo-training-answers.js";
import { trainingContent } from "./load-training.js";
import { recordClassroomTraining } from "./record-classroom-training.js";
import { recordExerciseAnswer } from "./record-exercise-answer.js";
import { recordPageView } from "./record-page-view.js";
import { setRefresherInterval } from "./set-refresher-interval.js";
import { submitQuiz } from "./submit-quiz.js";

/** Classroom trainings of 2025: COA Zutphen 83 + COA Ter Apel 80 = 163; Nidos Oost 197. */
export const DEMO_CLASSROOM_2025 = [
  { org: "coa-zutphen", heldOn: "2025-03-12", participants: 24 },
  { org: "coa-zutphen", heldOn: "2025-05-20", participants: 31 },
  { org: "coa-zutphen", heldOn: "2025-09-16", participants: 28 },
  { org: "coa-ter-apel", heldOn: "2025-04-08", participants: 26 },
  { org: "coa-ter-apel", heldOn: "2025-06-10", participants: 30 },
  { org: "coa-ter-apel", heldOn: "2025-10-14", participants: 24 },
  { org: "nidos-oost", heldOn: "2025-02-18", participants: 35 },
  { org: "nidos-oost", heldOn: "2025-04-22", participants: 40 },
  { org: "nidos-oost", heldOn: "2025-06-24", participants: 38 },
  { org: "nidos-oost", heldOn: "2025-09-30", participants: 44 },
  { org: "nidos-oost", heldOn: "2025-11-24", participants: 40 },
] as const;

/** E-learning per demo user: modules completed (programme order) and days ago they began. */
const DEMO_LEARNERS = [
  { email: "guardian@demo.inzicht.test", completed: 7, inProgress: false, daysAgo: 120, wrong: 1 },
  { email: "team_lead@demo.inzicht.test", completed: 7, inProgress: false, daysAgo: 420, wrong: 0 },
  {
    email: "care_coordinator@demo.inzicht.test",
    completed: 5,
    inProgress: true,
    daysAgo: 60,
    wrong: 1,
  },
  {
    email: "mentor.terapel@demo.inzicht.test",
    completed: 3,
    inProgress: true,
    daysAgo: 30,
    wrong: 1,
  },
  {
    email: "team_lead.terapel@demo.inzicht.test",
    completed: 2,
    inProgress: false,
    daysAgo: 14,
    wrong: 0,
  },
  { email: "school@demo.inzicht.test", completed: 0, inProgress: true, daysAgo: 5, wrong: 0 },
] as const;

const DAY = 86_400_000;

function learnerContext(world: DemoWorld, email: string, now: Date): AuthenticatedContext | null {
  const user = DEMO_USERS.find((u) => u.email === email);
  const userId = world.userIds.get(email);
  const organisationId = user ? world.orgIds.get(user.org) : undefined;
  if (!user || !userId || !organisationId) return null;
  const roles: Role[] = [...user.roles];
  return {
    actor: { userId, roles, organisationId },
    actorRole: roles[0] ?? null,
    ip: null,
    client: "inzicht-seed-demo",
    requestId: randomUUID(),
    now,
  };
}

async function seedClassroom(deps: ServiceDeps, world: DemoWorld): Promise<void> {
  for (const s of DEMO_CLASSROOM_2025) {
    const organisationId = world.orgIds.get(s.org);
    const ctx = learnerContext(world, "trainer@demo.inzicht.test", world.now);
    if (!organisationId || !ctx) throw new Error(`demo training: ${s.org} or trainer missing`);
    await recordClassroomTraining(deps, ctx, {
      organisationId,
      heldOn: s.heldOn,
      participants: s.participants,
      title: "Kind & Uitbuiting — Fier Academy",
    });
  }
}

/** Seeds the demo training records (call after the demo users exist). */
export async function seedDemoTraining(deps: ServiceDeps, world: DemoWorld): Promise<void> {
  const existing = await listClassroomSessions(deps.db, {}, { limit: 1, offset: 0 });
  if (existing.total > 0) return;
  await seedClassroom(deps, world);
  const zutphen = world.orgIds.get("coa-zutphen");
  const lead = learnerContext(world, "team_lead@demo.inzicht.test", world.now);
  if (zutphen && lead)
    await setRefresherInterval(deps, lead, { organisationId: zutphen, months: 12 });

  const { modules } = trainingContent(deps);
  for (const [n, learner] of DEMO_LEARNERS.entries()) {
    const count = learner.completed + (learner.inProgress ? 1 : 0);
    for (const [i, mod] of modules.slice(0, count).entries()) {
      const at = new Date(world.now.getTime() - (learner.daysAgo - i * 3) * DAY);
      const ctx = learnerContext(world, learner.email, at);
      if (!ctx) continue;
      for (const page of mod.pages) {
        await recordPageView(deps, ctx, { id: mod.id, pageId: page.id });
      }
      if (i >= learner.completed) continue;
      for (const { exerciseId, answer } of correctExerciseAnswers(mod)) {
        await recordExerciseAnswer(deps, ctx, { id: mod.id, exerciseId, answer, lang: "nl" });
      }
      const answers = quizAnswersFor(mod, learner.wrong, n + i);
      await submitQuiz(deps, ctx, { id: mod.id, answers, lang: "nl" });
    }
  }
}
