/**
 * Shapes of GET /api/notifications: the inferred types of src/shared/api/notifications.ts
 * (issue 17), imported as types only so no zod enters the bundle.
 */
export type { NotificationItem, NotificationPage } from "../../../../src/shared/api/notifications";
