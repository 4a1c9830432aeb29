/** Open items of a youth for the caseload: pending access requests, unread notifications, unhandled safety alerts. */
import type { Db } from "./youth.repository.js";

export async function countOpenItems(db: Db, youthId: string, userId: string, _now: Date) {
  const [requests, unread, alerts] = await Promise.all([
    db
      .selectFrom("access_requests")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("youth_id", "=", youthId)
      .where("status", "=", "pending")
      .executeTakeFirst(),
    db
      .selectFrom("notifications")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("youth_id", "=", youthId)
      .where("user_id", "=", userId)
      .where("read_at", "is", null)
      .executeTakeFirst(),
    db
      .selectFrom("safety_alerts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("youth_id", "=", youthId)
      .where("handled_at", "is", null)
      .executeTakeFirst(),
  ]);
  return {
    accessRequests: Number(requests?.n ?? 0),
    unreadNotifications: Number(unread?.n ?? 0),
    safetyAlerts: Number(alerts?.n ?? 0),
  };
}
