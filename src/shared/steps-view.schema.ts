/**
 * Response shapes of trajects, steps, reviews and safety alerts, shared with the SPA: the
 * inferred types of the response schemas in ./api/steps.ts (issue 17).
 */
export type {
  DueReview,
  DueReviewList,
  PersonRef,
  ReviewView,
  SafetyAlertView,
  StepView,
  TrajectList,
  TrajectView,
} from "./api/steps.js";
