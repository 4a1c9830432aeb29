/** Blocks on the home page per role (the caseload for casework roles, …). */
import type { ComponentType } from "react";
import { signalsCaseloadWidget } from "../features/signals/caseload/caseload-widget";
import { reviewsDueWidget } from "../features/steps/reviews/reviews-due-widget";

export interface HomeWidget {
  id: string;
  roles: string[];
  Component: ComponentType;
}

export const homeWidgets: HomeWidget[] = [reviewsDueWidget, signalsCaseloadWidget];
