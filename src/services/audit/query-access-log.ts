/**
 * The privacy officer's view of the access log (NEN 7513): search by youth, user, period and
 * action, export as CSV. Reading the log is itself logged. Each entry names its youth by the
 * dossier's display name (a pseudonym in practice), so the privacy officer does not have to
 * recognise raw ids; how many names were shown is part of the logged read.
 */
import { authorize } from "../../domain/policies.js";
import { appendAuditNow } from "../../db/repositories/audit.repository.js";
import {
  plainAuditReason,
  queryAudit,
  type AuditQuery,
} from "../../db/repositories/audit-query.repository.js";
import { listYouthNamesByIds } from "../../db/repositories/youth.repository.js";
import { auditContext, type AuthenticatedContext } from "../context.js";
import type { ServiceDeps } from "../deps.js";
import type { AccessLogEntry } from "../../shared/audit.types.js";
import { field } from "../../db/encrypted-columns.js";

export type { AccessLogEntry };

function nextDay(date: string): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000).toISOString();
}

export async function queryAccessLog(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: Omit<AuditQuery, "beforeSeq"> & { cursor?: number | undefined },
  purpose: "read" | "export" = "read",
): Promise<{ items: AccessLogEntry[]; nextCursor: number | null }> {
  authorize(ctx.actor, "audit.read");
  const rows = await queryAudit(deps.db, {
    ...input,
    from: input.from ? `${input.from}T00:00:00.000Z` : undefined,
    to: input.to ? nextDay(input.to) : undefined,
    beforeSeq: input.cursor,
  });
  const youthIds = [...new Set(rows.flatMap((r) => (r.youth_id ? [r.youth_id] : [])))];
  const names = new Map(
    (await listYouthNamesByIds(deps.db, youthIds)).map((y) => [
      y.id,
      deps.crypto.decrypt(y.display_name_enc, field("youths", "display_name_enc", y.id)),
    ]),
  );
  await appendAuditNow(deps.db, auditContext(ctx), {
    action: purpose === "export" ? "audit.export" : "audit.read",
    youthId: input.youthId ?? null,
    details: {
      rows: rows.length,
      youthsNamed: names.size,
      ...(input.userId ? { userId: input.userId } : {}),
      ...(input.action ? { filterAction: input.action } : {}),
    },
  });
  const items = rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: {
      id: r.actor_id,
      name: r.actor_name,
      role: r.actor_role,
      organisation: r.actor_org_name,
    },
    action: r.action,
    outcome: r.outcome,
    youthId: r.youth_id,
    youthName: r.youth_id ? (names.get(r.youth_id) ?? null) : null,
    recordType: r.record_type,
    recordIds: JSON.parse(r.record_ids) as string[],
    ip: r.ip,
    client: r.client,
    // Encrypted since ADR 0008 (rows from before may still hold it in plaintext).
    reason: plainAuditReason(deps.crypto, r),
    emergency:
      r.action === "access.emergency" ||
      (JSON.parse(r.details) as { emergency?: boolean }).emergency === true,
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: items.length === input.limit && last ? last.seq : null };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  // Neutralise spreadsheet formulas and quote every cell.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** CSV of the matching entries (bounded to 10,000 rows per export). */
export async function exportAccessLogCsv(
  deps: ServiceDeps,
  ctx: AuthenticatedContext,
  input: Omit<AuditQuery, "beforeSeq" | "limit">,
): Promise<string> {
  const { items } = await queryAccessLog(deps, ctx, { ...input, limit: 10_000 }, "export");
  const header = [
    "seq",
    "at",
    "actor_name",
    "actor_role",
    "actor_organisation",
    "action",
    "outcome",
    "youth_id",
    "record_type",
    "record_ids",
    "ip",
    "client",
    "reason",
    "emergency",
  ];
  const lines = items.map((e) =>
    [
      e.seq,
      e.at,
      e.actor.name,
      e.actor.role,
      e.actor.organisation,
      e.action,
      e.outcome,
      e.youthId,
      e.recordType,
      e.recordIds.join(" "),
      e.ip,
      e.client,
      e.reason,
      e.emergency,
    ]
      .map(csvCell)
      .join(","),
  );
  return [header.map(csvCell).join(","), ...lines].join("\r\n") + "\r\n";
}
