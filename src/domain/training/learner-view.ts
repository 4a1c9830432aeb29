/**
 * What a learner receives before answering: the module without correct answers, feedback,
 * explanations or ordering positions (those come back from the server per answer). Ordering
 * items are shuffled deterministically, never in their correct order. Pure.
 */
import type { LocalizedText } from "../catalog/schema.js";
import type { CatalogLink, Exercise, OrderingItem, TrainingModule } from "./schema.js";

export interface LearnerOption {
  readonly id: string;
  readonly text: LocalizedText;
}

export type LearnerExercise =
  | {
      readonly id: string;
      readonly kind: "choice";
      readonly prompt: LocalizedText;
      readonly multiple: boolean;
      readonly options: readonly LearnerOption[];
    }
  | {
      readonly id: string;
      readonly kind: "ordering";
      readonly prompt: LocalizedText;
      readonly items: readonly LearnerOption[];
    }
  | {
      readonly id: string;
      readonly kind: "case";
      readonly prompt: LocalizedText;
      readonly steps: ReadonlyArray<{
        readonly id: string;
        readonly situation: LocalizedText;
        readonly options: readonly LearnerOption[];
      }>;
    };

export interface LearnerModule {
  readonly id: string;
  readonly order: number;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly estimatedMinutes: number;
  readonly pages: ReadonlyArray<{
    readonly id: string;
    readonly title: LocalizedText;
    readonly body: LocalizedText;
    readonly catalogLinks: readonly CatalogLink[];
  }>;
  readonly exercises: readonly LearnerExercise[];
  readonly quiz: {
    readonly passingScore: number;
    readonly questions: ReadonlyArray<{
      readonly id: string;
      readonly text: LocalizedText;
      readonly options: readonly LearnerOption[];
    }>;
  };
  readonly coveredCategories: readonly string[];
}

const option = (o: { id: string; text: LocalizedText }): LearnerOption => ({
  id: o.id,
  text: o.text,
});

/** A small string hash (FNV-1a), so the shuffle is stable per exercise. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Items in a stable shuffled order that is never the correct order (for two or more items). */
export function shuffledItems(exerciseId: string, items: readonly OrderingItem[]): OrderingItem[] {
  const correct = [...items].sort((a, b) => a.position - b.position);
  const shuffled = [...correct].sort(
    (a, b) => hash(`${exerciseId}:${a.id}`) - hash(`${exerciseId}:${b.id}`),
  );
  const same = shuffled.every((item, i) => item.id === correct[i]?.id);
  if (!same || shuffled.length < 2) return shuffled;
  return [...shuffled.slice(1), ...shuffled.slice(0, 1)];
}

function learnerExercise(ex: Exercise): LearnerExercise {
  if (ex.kind === "choice") {
    return {
      id: ex.id,
      kind: "choice",
      prompt: ex.prompt,
      multiple: ex.multiple,
      options: ex.options.map(option),
    };
  }
  if (ex.kind === "ordering") {
    return {
      id: ex.id,
      kind: "ordering",
      prompt: ex.prompt,
      items: shuffledItems(ex.id, ex.items).map(option),
    };
  }
  return {
    id: ex.id,
    kind: "case",
    prompt: ex.prompt,
    steps: ex.steps.map((s) => ({
      id: s.id,
      situation: s.situation,
      options: s.options.map(option),
    })),
  };
}

/** The module as a learner sees it before answering. */
export function learnerModule(mod: TrainingModule): LearnerModule {
  return {
    id: mod.id,
    order: mod.order,
    title: mod.title,
    summary: mod.summary,
    estimatedMinutes: mod.estimatedMinutes,
    pages: mod.pages.map((p) => ({
      id: p.id,
      title: p.title,
      body: p.body,
      catalogLinks: p.catalogLinks ?? [],
    })),
    exercises: mod.exercises.map(learnerExercise),
    quiz: {
      passingScore: mod.quiz.passingScore,
      questions: mod.quiz.questions.map((q) => ({
        id: q.id,
        text: q.text,
        options: q.options.map(option),
      })),
    },
    coveredCategories: mod.coveredCategories,
  };
}
