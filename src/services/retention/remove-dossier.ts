/**
 * The one path by which a dossier leaves the database (issue 22): used by the retention job and
 * by an erasure decision. Inside the caller's transaction: every row of every dossier table, the
 * youth row (encrypted fields, blind indexes), and the deletion-log row with its reference.
 */
import { deleteDossier, insertDeletionLog } from "../../db/repositories/retention.repository.js";
import type { Trx } from "../../db/handles.js";
import type { ServiceDeps } from "../deps.js";
import { referenceOf } from "./deletion-reference.js";

/** Removes one dossier and logs it under `rule`; returns the rows removed (0: already gone). */
export async function removeDossier(
  deps: Pick<ServiceDeps, "crypto">,
  trx: Trx,
  youthId: string,
  rule: string,
  now: Date,
): Promise<number> {
  const rows = await deleteDossier(trx, youthId);
  if (rows === 0) return 0;
  await insertDeletionLog(trx, {
    at: now.toISOString(),
    recordType: "dossier",
    rule,
    rows,
    reference: referenceOf(deps, [youthId]),
  });
  return rows;
}
