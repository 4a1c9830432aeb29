/**
 * /training/:moduleId: one module — the short pages, the exercises with feedback, the knowledge
 * check, and links to the signals and knowledge pages it covers. Opening it starts the module.
 */
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ModuleDetail } from "../../../../src/shared/training.schema";
import { Alert, Heading1, Heading2, Heading3, Paragraph } from "../../components/nlds";
import { usePageTitle } from "../../components/PageTitle";
import { ApiError } from "../../lib/api";
import { ModuleLinks } from "./CatalogLinks";
import { CaseExercise } from "./CaseExercise";
import { ChoiceExercise } from "./ChoiceExercise";
import { KnowledgeCheck } from "./KnowledgeCheck";
import { OrderingExercise } from "./OrderingExercise";
import { PageReader } from "./PageReader";
import { percent, StatusLabel } from "./StatusLabel";
import { useModule, useStartModule } from "./training-api";
import "./training-i18n";
import "./training.css";

type Exercise = ModuleDetail["module"]["exercises"][number];

function ExerciseView({
  moduleId,
  exercise,
  n,
}: {
  moduleId: string;
  exercise: Exercise;
  n: number;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`ex-title-${exercise.id}`} className="iz-training-section">
      <Heading3 id={`ex-title-${exercise.id}`}>
        {t(`training.exercise.kind.${exercise.kind}`, { n })}
      </Heading3>
      {exercise.kind === "choice" && <ChoiceExercise moduleId={moduleId} exercise={exercise} />}
      {exercise.kind === "ordering" && <OrderingExercise moduleId={moduleId} exercise={exercise} />}
      {exercise.kind === "case" && <CaseExercise moduleId={moduleId} exercise={exercise} />}
    </section>
  );
}

function ModuleContent({ detail }: { detail: ModuleDetail }) {
  const { t } = useTranslation();
  const { module: mod, progress } = detail;
  usePageTitle(mod.title);
  const knowledge = [
    ...new Set(
      mod.pages.flatMap((p) =>
        p.catalogLinks.filter((l) => l.kind === "knowledge").map((l) => l.id),
      ),
    ),
  ];
  return (
    <article>
      <Paragraph>
        <Link to="/training">{t("training.module.back")}</Link>
      </Paragraph>
      <Heading1>{mod.title}</Heading1>
      <Paragraph lead>{mod.summary}</Paragraph>
      <p className="iz-training-module__meta">
        <StatusLabel status={progress.status} />
        <span>{t("training.list.minutes", { count: mod.estimatedMinutes })}</span>
        {progress.bestScore !== null && (
          <span>{t("training.list.bestScore", { score: percent(progress.bestScore) })}</span>
        )}
      </p>
      <nav aria-label={t("training.module.contents")} className="iz-training-toc">
        <ul>
          <li>
            <a href="#training-lesson">{t("training.module.lessonTitle")}</a>
          </li>
          <li>
            <a href="#training-exercises">{t("training.module.exercisesTitle")}</a>
          </li>
          <li>
            <a href="#training-check">{t("training.module.checkTitle")}</a>
          </li>
          <li>
            <a href="#training-links">{t("training.module.linksTitle")}</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="training-lesson" className="iz-training-section">
        <Heading2 id="training-lesson">{t("training.module.lessonTitle")}</Heading2>
        <PageReader moduleId={mod.id} pages={mod.pages} />
      </section>
      <section aria-labelledby="training-exercises" className="iz-training-section">
        <Heading2 id="training-exercises">{t("training.module.exercisesTitle")}</Heading2>
        {mod.exercises.map((ex, i) => (
          <ExerciseView key={ex.id} moduleId={mod.id} exercise={ex} n={i + 1} />
        ))}
      </section>
      <section aria-labelledby="training-check" className="iz-training-section">
        <Heading2 id="training-check">{t("training.module.checkTitle")}</Heading2>
        <KnowledgeCheck moduleId={mod.id} quiz={mod.quiz} />
      </section>
      <ModuleLinks moduleId={mod.id} knowledge={knowledge} />
    </article>
  );
}

/** The module screen. */
export function ModulePage() {
  const { t } = useTranslation();
  const { moduleId = "" } = useParams();
  const detail = useModule(moduleId);
  const start = useStartModule(moduleId);
  const loadedId = detail.data?.module.id;

  useEffect(() => {
    if (loadedId) start.mutate();
    // Start once per module; `start` is a mutation handle.
  }, [loadedId]);

  if (detail.isPending) return <p role="status">{t("common.loading")}</p>;
  if (detail.isError) {
    const notFound = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <>
        <Heading1>{t(notFound ? "training.module.notFound" : "training.list.title")}</Heading1>
        <Alert type="error" role="alert">
          <Paragraph>{t(notFound ? "training.module.notFoundBody" : "common.loadError")}</Paragraph>
        </Alert>
        <Paragraph>
          <Link to="/training">{t("training.module.back")}</Link>
        </Paragraph>
      </>
    );
  }
  return <ModuleContent key={detail.data.module.id} detail={detail.data} />;
}
