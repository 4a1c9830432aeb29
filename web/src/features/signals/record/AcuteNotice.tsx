/**
 * Shown the moment an acute signal is chosen: the safety questions from the training, 112 and
 * Veilig Thuis (24/7) as click-to-call links, in a role="alert" region that exists before its
 * content appears (so screen readers announce it). Saving waits for "Ik heb de veiligheid
 * gecheckt".
 */
import { useTranslation } from "react-i18next";
import type { Indicator } from "../../../../../src/domain/catalog/schema";
import { Alert, Checkbox, FormLabel, Heading2, Paragraph } from "../../../components/nlds";
import { lookupCatalog, useContentLanguage, type CatalogView } from "../../catalog/use-catalog";
import { FieldError } from "../components/Field";
import { joinSentences } from "../components/text";

/** The safety checkbox id (the error summary links here). */
export const SAFETY_ID = "sig-safety";

function callLine(catalog: CatalogView, id: string, phone: string, href: string) {
  const contact = lookupCatalog(catalog).contact(id);
  return { phone: contact?.phone ?? phone, href: contact?.phoneHref ?? href };
}

/** The acute guidance and the safety check; empty (but present) while nothing acute is chosen. */
export function AcuteNotice({
  catalog,
  acute,
  checked,
  onCheck,
  error,
}: {
  catalog: CatalogView;
  /** The chosen acute signals. */
  acute: Indicator[];
  checked: boolean;
  onCheck: (checked: boolean) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const emergency = callLine(catalog, "emergency-112", "112", "112");
  const veiligThuis = callLine(catalog, "veilig-thuis", "0800-2000", "08002000");
  const show = acute.length > 0;
  return (
    <div className="iz-sig-acute">
      <div role="alert">
        {show ? (
          <Alert type="warning" className="iz-sig-acute__box">
            <Heading2 className="iz-sig-acute__title">
              <span aria-hidden="true">⚠ </span>
              {t("signals.acute.title")}
            </Heading2>
            <Paragraph>
              {t("signals.acute.chosen", { names: joinSentences(acute.map((i) => i.text[lang])) })}
            </Paragraph>
            <Paragraph>{t("signals.acute.ask")}</Paragraph>
            <ul className="utrecht-unordered-list iz-sig-acute__questions">
              <li>{t("signals.acute.question1")}</li>
              <li>{t("signals.acute.question2")}</li>
            </ul>
            <Paragraph>{t("signals.acute.phoneAdvice")}</Paragraph>
            <ul className="utrecht-unordered-list iz-sig-acute__calls">
              <li>
                <a href={`tel:${emergency.href}`}>
                  {t("signals.acute.call112", { phone: emergency.phone })}
                </a>{" "}
                {t("signals.acute.hours112")}
              </li>
              <li>
                <a href={`tel:${veiligThuis.href}`}>
                  {t("signals.acute.callVeiligThuis", { phone: veiligThuis.phone })}
                </a>{" "}
                {t("signals.acute.hoursVeiligThuis")}
              </li>
            </ul>
          </Alert>
        ) : null}
      </div>
      {show ? (
        <div
          className={`utrecht-form-field utrecht-form-field--checkbox iz-sig-acute__check${error ? " utrecht-form-field--invalid" : ""}`}
        >
          {error ? <FieldError id={`${SAFETY_ID}-error`} message={error} /> : null}
          <Checkbox
            id={SAFETY_ID}
            checked={checked}
            invalid={!!error}
            aria-describedby={error ? `${SAFETY_ID}-error` : undefined}
            onChange={(e) => onCheck(e.target.checked)}
          />
          <FormLabel htmlFor={SAFETY_ID} type="checkbox" checked={checked}>
            {t("signals.acute.confirm")}
          </FormLabel>
        </div>
      ) : null}
    </div>
  );
}
