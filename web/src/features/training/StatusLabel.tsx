/** A module status as a badge with text (never colour alone). */
import { useTranslation } from "react-i18next";
import type { ProgressView } from "../../../../src/shared/training.schema";
import { StatusBadge } from "../../components/nlds";

/** Shows "Niet begonnen", "Bezig", "Afgerond" or "Opfrissen nodig". */
export function StatusLabel({ status }: { status: ProgressView["status"] }) {
  const { t } = useTranslation();
  return (
    <StatusBadge className={`iz-training-status iz-training-status--${status}`}>
      {t(`training.status.${status}`)}
    </StatusBadge>
  );
}

/** A score fraction as a whole percentage. */
export const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;
