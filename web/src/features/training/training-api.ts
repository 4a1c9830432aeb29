/**
 * TanStack Query hooks for /api/training. Texts come in the interface language, so the language
 * is part of every query key.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type {
  ExerciseAnswerBody,
  ExerciseAnswerResult,
  ModuleDetail,
  ModuleList,
  ProgressView,
  QuizAnswerResult,
} from "../../../../src/shared/training.schema";
import type {
  ClassroomBody,
  ClassroomList,
  ClassroomView,
  DashboardView,
  RefresherView,
} from "../../../../src/shared/training-dashboard.schema";
import { get, post, put } from "../../lib/api";

export const TRAINING_KEY = ["training"] as const;

/** "nl" or "en", following the interface language. */
export function useTrainingLang(): "nl" | "en" {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "nl";
}

/** The seven modules with my progress. */
export function useModules() {
  const lang = useTrainingLang();
  return useQuery({
    queryKey: [...TRAINING_KEY, "modules", lang],
    queryFn: () => get<ModuleList>(`/api/training/modules?lang=${lang}`),
  });
}

/** One module (without answers) and my progress in it. */
export function useModule(id: string) {
  const lang = useTrainingLang();
  return useQuery({
    queryKey: [...TRAINING_KEY, "module", id, lang],
    queryFn: () =>
      get<ModuleDetail>(`/api/training/modules/${encodeURIComponent(id)}?lang=${lang}`),
  });
}

function useInvalidateTraining() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: TRAINING_KEY });
}

const base = (id: string) => `/api/training/modules/${encodeURIComponent(id)}`;

/** Starts the module (idempotent). */
export function useStartModule(id: string) {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: () => post<{ progress: ProgressView }>(`${base(id)}/start`),
    onSuccess: invalidate,
  });
}

/** Records that a page was read. */
export function useViewPage(id: string) {
  return useMutation({
    mutationFn: (pageId: string) =>
      post<{ progress: ProgressView }>(`${base(id)}/pages/${encodeURIComponent(pageId)}`),
  });
}

/** Sends an exercise answer and returns feedback per answer. */
export function useAnswerExercise(id: string, exerciseId: string) {
  const lang = useTrainingLang();
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (answer: ExerciseAnswerBody) =>
      post<ExerciseAnswerResult>(
        `${base(id)}/exercises/${encodeURIComponent(exerciseId)}?lang=${lang}`,
        answer,
      ),
    onSuccess: invalidate,
  });
}

/** Submits the knowledge check. */
export function useSubmitQuiz(id: string) {
  const lang = useTrainingLang();
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (answers: Record<string, string>) =>
      post<QuizAnswerResult>(`${base(id)}/quiz?lang=${lang}`, { answers }),
    onSuccess: invalidate,
  });
}

/** The dashboard for a year. */
export function useDashboard(year: number) {
  const lang = useTrainingLang();
  return useQuery({
    queryKey: [...TRAINING_KEY, "dashboard", year, lang],
    queryFn: () => get<DashboardView>(`/api/training/dashboard?year=${year}&lang=${lang}`),
  });
}

/** The latest recorded classroom trainings (trainers: all; team leads: own organisation). */
export function useClassroomTrainings(enabled: boolean) {
  return useQuery({
    queryKey: [...TRAINING_KEY, "classroom"],
    queryFn: () => get<ClassroomList>("/api/training/classroom-trainings?limit=10"),
    enabled,
  });
}

/** Records a classroom training (trainers). */
export function useRecordClassroom() {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (body: ClassroomBody) =>
      post<ClassroomView>("/api/training/classroom-trainings", body),
    onSuccess: invalidate,
  });
}

/** Sets an organisation's refresher interval. */
export function useSetRefresher() {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (input: { organisationId: string; months: number | null }) =>
      put<RefresherView>(
        `/api/training/organisations/${encodeURIComponent(input.organisationId)}/refresher`,
        { months: input.months },
      ),
    onSuccess: invalidate,
  });
}
