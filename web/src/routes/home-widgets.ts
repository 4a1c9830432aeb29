/** Blocks on the home page per role (the caseload for casework roles, …). */
import type { ComponentType } from "react";
import { signalsCaseloadWidget } from "../features/signals/caseload/caseload-widget";
import { reviewsDueWidget } from "../features/steps/reviews/reviews-due-widget";
import { ROLE_GUIDES } from "./role-guide";
import { RoleGuideWidget } from "./RoleGuideWidget";

export interface HomeWidget {
  id: string;
  roles: string[];
  Component: ComponentType;
}

/** Roles without casework: what they can do here until their own screens exist. */
const roleGuideWidget: HomeWidget = {
  id: "role-guide",
  roles: ROLE_GUIDES.map((g) => g.role),
  Component: RoleGuideWidget,
};

export const homeWidgets: HomeWidget[] = [reviewsDueWidget, signalsCaseloadWidget, roleGuideWidget];
