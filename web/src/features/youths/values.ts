/** Closed value lists the forms offer (zod-free, shared with the API's schemas). */
export {
  CIRCLE_RELATION_VALUES as CIRCLE_RELATIONS,
  GENDER_VALUES as GENDERS,
} from "../../../../src/shared/youth-values";
