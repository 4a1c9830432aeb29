/** What the retention screen receives from the API (issue 22). */
export type {
  DeletionLogResponse,
  RetentionOverview,
} from "../../../../src/shared/retention.schema";
export { RECORD_TYPES } from "../../../../src/domain/retention/rules";
