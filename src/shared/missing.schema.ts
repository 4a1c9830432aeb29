/** Request and response shapes of missing episodes (vermissing / MOB), shared with the SPA. */
import { z } from "zod";
import { CHECKLIST_ITEMS, MISSING_END_OUTCOMES } from "../domain/steps/missing-protocol.js";
import { PHONE_STATES } from "../domain/steps/options.js";
import {
  isoDateField,
  isoDateTimeField,
  requiredText,
  textField,
  uuidField,
  versionField,
} from "./steps-common.schema.js";

export { PHONE_STATES };

const details = {
  lastSeenAt: isoDateTimeField,
  lastSeenWhere: requiredText(2, 500),
  lastSeenWith: textField(500).optional(),
  circumstances: requiredText(5, 4000),
  belongings: textField(2000).optional(),
  phone: z.enum(PHONE_STATES),
  phoneNumber: textField(30).optional(),
};

export const openEpisodeBody = z.object(details).strict();
export type OpenEpisodeBody = z.infer<typeof openEpisodeBody>;

export const updateEpisodeBody = z
  .object({ version: versionField, ...z.object(details).partial().shape })
  .strict();

export const episodeParams = z.object({ id: uuidField, episodeId: uuidField }).strict();
export const checklistParams = z
  .object({ id: uuidField, episodeId: uuidField, item: z.enum(CHECKLIST_ITEMS) })
  .strict();

export const checklistBody = z
  .object({
    version: versionField,
    done: z.boolean(),
    doneAt: isoDateTimeField.optional(),
    note: textField(500).optional(),
  })
  .strict();

export const endEpisodeBody = z
  .object({
    version: versionField,
    endedAt: isoDateTimeField,
    outcome: z.enum(MISSING_END_OUTCOMES),
    foundWhere: textField(500).optional(),
  })
  .strict();

export const conversationBody = z
  .object({
    version: versionField,
    heldOn: isoDateField,
    youthTalked: z.boolean(),
    summary: requiredText(5, 4000),
    whereabouts: textField(2000).optional(),
    concerns: textField(2000).optional(),
    followUp: textField(2000).optional(),
  })
  .strict();
export type ConversationBody = z.infer<typeof conversationBody>;

export const closeEpisodeBody = z
  .object({
    version: versionField,
    note: textField(2000).optional(),
    /** Why each required checklist item still open was not done (one reason per open item). */
    skipped: z.partialRecord(z.enum(CHECKLIST_ITEMS), requiredText(5, 500)).optional(),
  })
  .strict();

export type { ChecklistItemView, EpisodeList, EpisodeView } from "./api/missing.js";
