/**
 * The deletion log's reference (issue 22): an HMAC with the blind-index key over the sorted ids
 * removed. Not reversible; whoever knows a youth's id can find the row of that dossier's removal
 * (`referenceOf([youthId])`). After a key rotation older references are under the old key.
 */
import type { ServiceDeps } from "../deps.js";

export function referenceOf(deps: Pick<ServiceDeps, "crypto">, ids: readonly string[]): string {
  return deps.crypto.blindIndex([...ids].sort().join("\n"), "deletion-log");
}
