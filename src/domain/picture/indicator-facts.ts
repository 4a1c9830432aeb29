/** The catalogue facts of an indicator that a picture signal carries (copied in, never looked up). */
import type { Indicator } from "../catalog/schema.js";
import type { PictureSignal } from "./types.js";

export type IndicatorFacts = Pick<
  PictureSignal,
  | "indicatorId"
  | "category"
  | "types"
  | "tier"
  | "acute"
  | "control"
  | "iloElement"
  | "describesExploitation"
>;

export function indicatorFacts(ind: Indicator): IndicatorFacts {
  return {
    indicatorId: ind.id,
    category: ind.category,
    types: ind.types,
    tier: ind.tier,
    acute: ind.acute,
    control: ind.control,
    iloElement: ind.iloElement,
    describesExploitation: ind.describesExploitation ?? false,
  };
}
