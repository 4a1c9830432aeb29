/**
 * Link texts of a contact: "Bel Veilig Thuis: 0800-2000", or "Bel 112" when the name is the
 * number; "Chat met Keerpunt", or just "Chat met Fier" when the name already says "chat".
 */
import type { TFunction } from "i18next";

/** Builds the link text with the catalog.call / catalog.callNumber keys. */
export function callText(t: TFunction, name: string, phone: string): string {
  return name.includes(phone)
    ? t("catalog.callNumber", { phone })
    : t("catalog.call", { name, phone });
}

/**
 * Builds the chat link text with catalog.contacts.chat, unless the service's name already starts
 * with "chat" (a proper name like "Chat met Fier", the same in every language): then the name is
 * the link text, so it never reads "Chat met Chat met Fier".
 */
export function chatText(t: TFunction, name: string): string {
  return /^chat\b/i.test(name.trim()) ? name : t("catalog.contacts.chat", { name });
}
