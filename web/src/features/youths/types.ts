/**
 * Response shapes of the directory, circle and list endpoints: the inferred types of the
 * response schemas in src/shared/api (issue 17), imported as types only so no zod enters the
 * bundle.
 */
export type { YouthPage } from "../../../../src/shared/api/youths";
export type { Organisation, Professional } from "../../../../src/shared/api/directory";
export type { AccessRequest, CircleMember, CircleView } from "../../../../src/shared/api/circle";
