/** The judgements professionals recorded, newest first, with who, when and why. */
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../format";
import type { JudgementView } from "../types";

/** A list; each judgement says its kind in words with an icon. */
export function JudgementList({ judgements }: { judgements: JudgementView[] }) {
  const { t } = useTranslation();
  const rows = [...judgements].sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1));
  if (rows.length === 0) return <p className="utrecht-paragraph">{t("signals.judgement.none")}</p>;
  return (
    <ul className="iz-sig-judgements">
      {rows.map((j) => (
        <li key={j.id} className={`iz-sig-judgement iz-sig-judgement--${j.kind}`}>
          <p className="utrecht-paragraph iz-sig-judgement__kind">
            <span aria-hidden="true">{j.kind === "suspicion" ? "⚑ " : "○ "}</span>
            {t(`signals.judgement.${j.kind}`)}
          </p>
          <p className="utrecht-paragraph iz-sig-prewrap">{j.reason}</p>
          <p className="utrecht-paragraph iz-muted">
            {t("signals.judgement.by", {
              name: j.author.name,
              roles: j.author.roles.map((r) => t(`roles.${r}`)).join(", "),
              organisation: j.author.organisation,
              date: formatDateTime(j.recordedAt),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
