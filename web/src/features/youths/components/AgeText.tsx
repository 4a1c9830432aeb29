/** Age in years, plus "wordt over N maanden 18" when that is within a year. */
import { useTranslation } from "react-i18next";
import "../youths-i18n";

/** The age line of a youth; `estimated` adds "(geschat)". */
export function AgeText({
  age,
  turns18InMonths,
  estimated = false,
}: {
  age: number;
  turns18InMonths: number | null;
  estimated?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {t("youths.age.years", { count: age })}
      {estimated && ` ${t("youths.age.estimated")}`}
      {turns18InMonths !== null && (
        <>
          {" "}
          <strong className="iz-turns18">
            {t("youths.age.turns18", { count: turns18InMonths })}
          </strong>
        </>
      )}
    </>
  );
}
