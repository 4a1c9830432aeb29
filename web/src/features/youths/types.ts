/**
 * Response shapes of the directory, circle and list endpoints that are not (yet) in
 * src/shared. They mirror the services in src/services/{users,circle,youths}.
 */
import type { YouthSummary } from "../../../../src/shared/youth.schema";

/** GET /api/youths */
export interface YouthPage {
  items: YouthSummary[];
  nextCursor: string | null;
}

/** One row of GET /api/organisations. */
export interface Organisation {
  id: string;
  name: string;
  type: string;
  region: string;
}

/** One row of GET /api/professionals (no e-mail address: the picker does not need one). */
export interface Professional {
  id: string;
  name: string;
  /** Casework roles only. */
  roles: string[];
  organisation: { id: string; name: string };
}

/** One (current or former) membership of GET /api/youths/:id/circle. */
export interface CircleMember {
  id: string;
  userId: string;
  name: string;
  roles: string[];
  relation: string;
  organisation: { id: string; name: string; type: string };
  readOnly: boolean;
  accessUntil: string | null;
  addedAt: string;
  endedAt: string | null;
  endedReason: string | null;
  active: boolean;
}

/** An access request as the circle sees it. */
export interface AccessRequest {
  id: string;
  requester: { id: string; name: string; roles: string[]; organisation: string };
  reason: string;
  status: "pending" | "approved" | "declined" | string;
  decidedAt: string | null;
  createdAt: string;
}

/** GET /api/youths/:id/circle */
export interface CircleView {
  members: CircleMember[];
  accessRequests: AccessRequest[];
}
