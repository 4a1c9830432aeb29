/** Who recorded something: name, role and organisation — always visible (0+0+0=1 needs it). */
import type { i18n as I18n, TFunction } from "i18next";
import { useTranslation } from "react-i18next";

/** "COA-mentor, COA Zutphen": the role in the reader's language and the organisation, or "". */
export function personDetail(
  t: TFunction,
  i18n: I18n,
  role: string | null,
  organisation: string | null,
): string {
  const roleText = role ? (i18n.exists(`roles.${role}`) ? t(`roles.${role}`) : role) : null;
  return [roleText, organisation].filter(Boolean).join(", ");
}

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
  const detail = personDetail(t, i18n, role, organisation);
  return (
    <p className="utrecht-paragraph iz-sig-recorder">
      {detail
        ? t("signals.list.recordedBy", { name, detail, when })
        : t("signals.list.recordedByShort", { name, when })}
    </p>
  );
}
