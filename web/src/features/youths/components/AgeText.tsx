/**
 * Age in years, plus "wordt over N maanden 18" — always, for every youth under 18 (see
 * ./turns18.ts).
 */
import { useTranslation } from "react-i18next";
import "../youths-i18n";
import { turns18Text } from "./turns18";

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
  const turns18 = turns18Text(turns18InMonths);
  return (
    <>
      {t("youths.age.years", { count: age })}
      {estimated && ` ${t("youths.age.estimated")}`}
      {turns18 && (
        <>
          {" "}
          <strong className="iz-turns18">{t(turns18.key, { count: turns18.count })}</strong>
        </>
      )}
    </>
  );
}
