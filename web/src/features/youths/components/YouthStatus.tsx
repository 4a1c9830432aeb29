/** A youth's status (present, missing, …) as a text badge. */
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../../components/nlds";
import "../youths-i18n";

/** The status as words; "missing" gets a warning sign as well as the word. */
export function YouthStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <StatusBadge className={`iz-youth-status iz-youth-status--${status}`}>
      {status === "missing" && <span aria-hidden="true">⚠ </span>}
      {t(`youths.status.${status}`, { defaultValue: status })}
    </StatusBadge>
  );
}
