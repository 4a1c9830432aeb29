/** The caseload block as a home widget, for web/src/routes/home-widgets.ts. */
import type { HomeWidget } from "../../../routes/home-widgets";
import { CaseloadWidget } from "./CaseloadWidget";

/** Casework roles see their youths by level on the home page. */
export const signalsCaseloadWidget: HomeWidget = {
  id: "caseload",
  roles: ["mentor", "guardian", "care_coordinator", "school", "team_lead"],
  Component: CaseloadWidget,
};
