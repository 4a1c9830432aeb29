/** Click-to-call links for acute danger: 112, and Veilig Thuis 24/7 (0800-2000). */
import { useTranslation } from "react-i18next";
import "../steps-i18n";

/** The two emergency lines as tel: links (optionally the police's non-emergency line). */
export function CallLinks({ police = false }: { police?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="utrecht-unordered-list iz-steps-calls">
      <li>
        <a href="tel:112">{t("steps.call.112")}</a> {t("steps.call.112When")}
      </li>
      <li>
        <a href="tel:08002000">{t("steps.call.veiligThuis")}</a> {t("steps.call.veiligThuisWhen")}
      </li>
      {police ? (
        <li>
          <a href="tel:09008844">{t("steps.call.police")}</a> {t("steps.call.policeWhen")}
        </li>
      ) : null}
    </ul>
  );
}
