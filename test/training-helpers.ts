/**
 * Helpers for the training integration tests: walk a module the way the SPA does, as a logged-in
 * session. Test-only (imported by *.int.test.ts).
 */
import { expect } from "vitest";
import type { Session } from "./test-app.js";
import type { TrainingModule } from "../src/domain/training/schema.js";
import {
  correctExerciseAnswers,
  quizAnswersFor,
} from "../src/services/training/demo-training-answers.js";

/** Starts a module, reads every page, answers every exercise well and passes the check. */
export async function completeModule(s: Session, mod: TrainingModule, wrong = 0): Promise<void> {
  const base = `/api/training/modules/${mod.id}`;
  expect((await s.request({ method: "POST", url: `${base}/start` })).statusCode).toBe(200);
  for (const page of mod.pages) {
    const r = await s.request({ method: "POST", url: `${base}/pages/${page.id}` });
    expect(r.statusCode).toBe(200);
  }
  for (const { exerciseId, answer } of correctExerciseAnswers(mod)) {
    const r = await s.request({
      method: "POST",
      url: `${base}/exercises/${exerciseId}`,
      payload: answer,
    });
    expect(r.statusCode).toBe(200);
  }
  const quiz = await s.request({
    method: "POST",
    url: `${base}/quiz`,
    payload: { answers: quizAnswersFor(mod, wrong) },
  });
  expect(quiz.statusCode).toBe(200);
}
