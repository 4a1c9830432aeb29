/**
 * "Beeld" — the picture (0+0+0=1): the level in words, colour and icon; the reasons as
 * sentences, each linking to its signals; per form of exploitation; the suggested next step;
 * the level over time; and beside it the professionals' own judgements, never overwritten.
 */
import { useTranslation } from "react-i18next";
import type { SignalView } from "../../../../../src/shared/signal.schema";
import { Alert, Heading2, Heading3, Paragraph } from "../../../components/nlds";
import { useCatalog } from "../../catalog/use-catalog";
import { LevelBadge } from "../../youths/components/LevelBadge";
import { useDossier } from "../../youths/dossier/dossier-context";
import { formatDateTime } from "../format";
import { usePicture, useSignals } from "../queries";
import "../signals.css";
import "../signals-i18n";
import type { PictureView } from "../types";
import { JudgementForm } from "./JudgementForm";
import { JudgementList } from "./JudgementList";
import { LevelHistory } from "./LevelHistory";
import { ReasonList } from "./ReasonList";
import { StepActions } from "./StepActions";
import { TypeLevels } from "./TypeLevels";
import { PatternHint } from "../../patterns/PatternHint";

function Counts({ counts }: { counts: PictureView["counts"] }) {
  const { t } = useTranslation();
  return <Paragraph>{t("signals.picture.counts", counts)}</Paragraph>;
}

/** The tab's content once the picture is loaded. */
function PictureBody({ youthId, picture }: { youthId: string; picture: PictureView }) {
  const { t } = useTranslation();
  const dossier = useDossier();
  const catalog = useCatalog();
  const signalsQuery = useSignals(youthId);
  const signals = new Map<string, SignalView>(
    (signalsQuery.data?.pages ?? []).flatMap((p) => p.items.map((s) => [s.id, s] as const)),
  );
  const canJudge = dossier.abilities["judgement.create"] === true;
  return (
    <>
      <div className="iz-sig-picture__level">
        <LevelBadge level={picture.level} />
        <Paragraph className="iz-muted">
          {t("signals.picture.computed", {
            date: formatDateTime(picture.computedAt),
            version: picture.rulesVersion,
          })}
        </Paragraph>
      </div>
      <PatternHint youthId={youthId} />
      {picture.rulesChanged ? (
        <Alert type="warning" className="iz-sig-note">
          <Paragraph>
            <strong>
              {t("signals.picture.rulesChanged.title", {
                from: picture.rulesChanged.fromVersion,
                to: picture.rulesChanged.toVersion,
              })}
            </strong>{" "}
            {t("signals.picture.rulesChanged.body", {
              fromLevel: picture.rulesChanged.fromLevel,
              level: picture.level,
              date: formatDateTime(picture.rulesChanged.at),
            })}
          </Paragraph>
        </Alert>
      ) : null}
      <Counts counts={picture.counts} />
      <StepActions
        youthId={youthId}
        picture={picture}
        catalog={catalog.data}
        abilities={dossier.abilities}
      />
      <section aria-labelledby="pic-reasons">
        <Heading3 id="pic-reasons">{t("signals.picture.reasonsTitle")}</Heading3>
        <ReasonList
          youthId={youthId}
          level={picture.level}
          reasons={picture.reasons}
          signals={signals}
          catalog={catalog.data}
        />
      </section>
      <section aria-labelledby="pic-types">
        <Heading3 id="pic-types">{t("signals.picture.byTypeTitle")}</Heading3>
        <TypeLevels byType={picture.byType} />
      </section>
      <div className="iz-sig-columns">
        <section aria-labelledby="pic-judgements">
          <Heading3 id="pic-judgements">{t("signals.judgement.title")}</Heading3>
          <Paragraph>{t("signals.judgement.intro")}</Paragraph>
          <JudgementList judgements={picture.judgements} />
        </section>
        {canJudge ? (
          <section aria-labelledby="pic-judge">
            <Heading3 id="pic-judge">{t("signals.judgement.formTitle")}</Heading3>
            <JudgementForm youthId={youthId} />
          </section>
        ) : null}
      </div>
      <section aria-labelledby="pic-history">
        <Heading3 id="pic-history">{t("signals.picture.historyTitle")}</Heading3>
        <LevelHistory history={picture.history} />
      </section>
    </>
  );
}

/** The "Beeld" tab (index tab of the dossier). */
export function PictureTab() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const allowed = dossier.abilities["picture.read"] === true;
  const query = usePicture(dossier.id, allowed);
  return (
    <section aria-labelledby="tab-picture" className="iz-sig-picture">
      <Heading2 id="tab-picture">{t("signals.picture.title")}</Heading2>
      <Alert type="info" className="iz-sig-note">
        <Paragraph>
          <strong>{t("signals.picture.noteStrong")}</strong> {t("signals.picture.note")}
        </Paragraph>
      </Alert>
      {!allowed ? (
        <>
          <Paragraph>
            <LevelBadge level={dossier.level} />
          </Paragraph>
          <Paragraph>{t("signals.picture.notForYou")}</Paragraph>
        </>
      ) : query.data ? (
        <PictureBody youthId={dossier.id} picture={query.data} />
      ) : query.isError ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("common.loadError")}</Paragraph>
        </Alert>
      ) : (
        <Paragraph role="status">{t("common.loading")}</Paragraph>
      )}
    </section>
  );
}
