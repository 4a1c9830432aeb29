/** Open items per youth for the caseload: pending access requests, my unread notifications, unhandled safety alerts. */
import type { Db } from "./youth.repository.js";

export interface OpenItems {
  accessRequests: number;
  unreadNotifications: number;
  safetyAlerts: number;
}

/** Open items for many youths at once (three grouped queries, not three per youth). */
export async function countOpenItemsFor(
  db: Db,
  youthIds: string[],
  userId: string,
): Promise<Map<string, OpenItems>> {
  const out = new Map<string, OpenItems>(
    youthIds.map((id) => [id, { accessRequests: 0, unreadNotifications: 0, safetyAlerts: 0 }]),
  );
  if (youthIds.length === 0) return out;
  const [requests, unread, alerts] = await Promise.all([
    db
      .selectFrom("access_requests")
      .select(["youth_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("youth_id", "in", youthIds)
      .where("status", "=", "pending")
      .groupBy("youth_id")
      .execute(),
    db
      .selectFrom("notifications")
      .select(["youth_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("youth_id", "in", youthIds)
      .where("user_id", "=", userId)
      .where("read_at", "is", null)
      .groupBy("youth_id")
      .execute(),
    db
      .selectFrom("safety_alerts")
      .select(["youth_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("youth_id", "in", youthIds)
      .where("handled_at", "is", null)
      .groupBy("youth_id")
      .execute(),
  ]);
  for (const r of requests) {
    const o = out.get(r.youth_id);
    if (o) o.accessRequests = Number(r.n);
  }
  for (const r of unread) {
    const o = r.youth_id ? out.get(r.youth_id) : undefined;
    if (o) o.unreadNotifications = Number(r.n);
  }
  for (const r of alerts) {
    const o = out.get(r.youth_id);
    if (o) o.safetyAlerts = Number(r.n);
  }
  return out;
}
