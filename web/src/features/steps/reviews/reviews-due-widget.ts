/** The "Evaluaties" block as a home widget, for web/src/routes/home-widgets.ts. */
import type { HomeWidget } from "../../../routes/home-widgets";
import { ReviewsDueWidget } from "./ReviewsDueWidget";

/** Casework roles see their overdue and coming reviews on the home page. */
export const reviewsDueWidget: HomeWidget = {
  id: "reviews-due",
  roles: ["mentor", "guardian", "care_coordinator", "team_lead"],
  Component: ReviewsDueWidget,
};
