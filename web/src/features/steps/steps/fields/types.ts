/** What every step's fields component gets. */
import type { WeighSuggestion } from "../../../../../../src/domain/steps/afwegingskader";
import type { PersonRef } from "../../../../../../src/shared/steps-view.schema";
import type { Loose } from "../../values";

export interface StepFieldsProps {
  /** The youth whose traject this is. */
  youthId: string;
  /** Prefix of the input ids (`fieldId(prefix, "what.x")`). */
  prefix: string;
  value: Loose;
  set: (key: string, value: unknown) => void;
  /** Field path ("what.x") → error text. */
  errors: Record<string, string>;
  people: PersonRef[];
  /** The latest weigh suggestion of the traject (for the decision). */
  suggestion: WeighSuggestion | null;
}
