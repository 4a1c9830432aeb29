/** A relocation's handover note: open concerns, safety agreements and next steps. */
import { useTranslation } from "react-i18next";
import type { HandoverNote as Note } from "../../../../../src/shared/youth.schema";
import { Alert, Heading2, Heading3, Heading4, Paragraph } from "../../../components/nlds";
import { formatDateTime } from "../format";
import "../youths-i18n";

/**
 * The note as an Alert. `level` is the heading level of its title (2 at the top of the
 * dossier, 3 inside a tab); its three parts get the level below.
 */
export function HandoverNote({ note, level = 2 }: { note: Note; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Title = level === 2 ? Heading2 : Heading3;
  const Part = level === 2 ? Heading3 : Heading4;
  const parts = [
    ["openConcerns", note.openConcerns],
    ["safetyAgreements", note.safetyAgreements],
    ["nextSteps", note.nextSteps],
  ] as const;
  return (
    <section aria-labelledby={`handover-${note.id}`} className="iz-handover">
      <Alert type="info">
        <Title id={`handover-${note.id}`}>{t("youths.handover.title")}</Title>
        <Paragraph>
          {t("youths.handover.meta", {
            from: note.fromLocation,
            to: note.toLocation,
            date: formatDateTime(note.createdAt),
          })}
        </Paragraph>
        {parts.map(([key, text]) => (
          <div key={key} className="iz-handover__part">
            <Part>{t(`youths.handover.${key}`)}</Part>
            <Paragraph className="iz-prewrap">{text}</Paragraph>
          </div>
        ))}
      </Alert>
    </section>
  );
}
