/** Who recorded something: name, role and organisation — always visible (0+0+0=1 needs it). */
import { useTranslation } from "react-i18next";

/** "Vastgelegd door Sanne de Vries (COA-mentor, COA Zutphen) op 3 mei 2026 14:05". */
export function RecorderLine({
  name,
  role,
  organisation,
  when,
}: {
  name: string;
  role: string | null;
  organisation: string | null;
  when: string;
}) {
  const { t, i18n } = useTranslation();
  const roleText = role ? (i18n.exists(`roles.${role}`) ? t(`roles.${role}`) : role) : null;
  const detail = [roleText, organisation].filter(Boolean).join(", ");
  return (
    <p className="utrecht-paragraph iz-sig-recorder">
      {detail
        ? t("signals.list.recordedBy", { name, detail, when })
        : t("signals.list.recordedByShort", { name, when })}
    </p>
  );
}
