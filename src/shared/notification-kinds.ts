/**
 * The kinds of in-app notification. A notification row holds only ids and one of these kinds;
 * the web app composes the sentence per kind in the reader's language. Zod-free, so the web
 * bundle can import it.
 */
export const NOTIFICATION_KINDS = [
  "level_rise",
  "handover",
  "access_request",
  /** Older rows, from before approved and declined were told apart. */
  "access_decided",
  "access_approved",
  "access_declined",
  "emergency_access",
  "judgement",
  "review_due",
  "missing",
  "safety_alert",
  /** The user's own two-step login was turned on or replaced (no youth). */
  "second_factor_enabled",
  /** The user's own two-step login was turned off (no youth). */
  "second_factor_disabled",
  /** An administrator reset the user's two-step login: set it up again at the next login. */
  "second_factor_reset",
  /** To a location's team lead: a member of a youth's circle was deactivated (successor named). */
  "circle_member_deactivated",
  /** To the successor: they took over a deactivated colleague's place in a youth's circle. */
  "circle_successor",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
