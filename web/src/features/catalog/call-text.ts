/** The text of a click-to-call link: "Bel Veilig Thuis: 0800-2000", or "Bel 112" when the name is the number. */
import type { TFunction } from "i18next";

/** Builds the link text with the catalog.call / catalog.callNumber keys. */
export function callText(t: TFunction, name: string, phone: string): string {
  return name.includes(phone)
    ? t("catalog.callNumber", { phone })
    : t("catalog.call", { name, phone });
}
