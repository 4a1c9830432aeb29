import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { noticePreferencesBody } from "../../../shared/notice-preferences.schema.js";
import {
  getNoticePreferences,
  setNoticePreferences,
} from "../../../services/notices/notice-preferences.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses } from "../../openapi.js";
import { noticePreferencesSchema } from "../../../shared/api/notifications.js";

/** The user's own notice preferences (issue 19). */
export const noticeRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/settings/notices",
      {
        schema: {
          tags: ["notifications"],
          operationId: "getNoticePreferences",
          summary:
            "Which notifications also come by mail (level rises, access requests, overdue reviews): off, immediate or daily",
          response: { 200: noticePreferencesSchema, ...problemResponses(401) },
        },
      },
      async (request) => getNoticePreferences(deps, requireActor(request)),
    );
    app.put(
      "/api/settings/notices",
      {
        schema: {
          tags: ["notifications"],
          operationId: "setNoticePreferences",
          summary: "Change one's notice preferences, with `version` (0 the first time)",
          body: noticePreferencesBody,
          response: { 200: noticePreferencesSchema, ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request) => setNoticePreferences(deps, requireActor(request), request.body),
    );
  };
