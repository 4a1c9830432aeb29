import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  countUnreadNotifications,
  findNotifications,
  markNotificationsRead,
} from "../../../services/notifications/notifications.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses } from "../../openapi.js";
import { notificationPageSchema } from "../../../shared/api/notifications.js";
import { notificationStream } from "./notification-stream.js";

const listQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().datetime().optional(),
  })
  .strict();
const readBody = z
  .object({ ids: z.array(z.string().uuid()).max(200).optional(), all: z.boolean().optional() })
  .strict();

/** The actor's notifications. */
export const notificationRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/notifications",
      {
        schema: {
          tags: ["notifications"],
          summary: "My notifications, newest first",
          querystring: listQuery,
          response: { 200: notificationPageSchema, ...problemResponses(400, 401) },
        },
      },
      async (request) =>
        findNotifications(deps, requireActor(request), request.query.limit, request.query.cursor),
    );
    app.get(
      "/api/notifications/count",
      {
        schema: {
          tags: ["notifications"],
          summary: "Number of unread notifications",
          response: { 200: z.object({ unread: z.number() }), ...problemResponses(401) },
        },
      },
      async (request) => ({ unread: await countUnreadNotifications(deps, requireActor(request)) }),
    );
    app.get(
      "/api/notifications/stream",
      {
        schema: {
          tags: ["notifications"],
          summary:
            "Live notices as Server-Sent Events: `event: notifications` with `{ unread }` whenever something changed for me (browser session only)",
          // Strict: an unknown query parameter is a 400, never an open stream.
          querystring: z.object({}).strict(),
          produces: ["text/event-stream"],
          response: { 200: z.string(), ...problemResponses(400, 401, 403) },
        },
      },
      notificationStream(app, deps),
    );
    app.post(
      "/api/notifications/read",
      {
        schema: {
          tags: ["notifications"],
          summary: "Mark notifications read (ids, or all: true)",
          body: readBody,
          response: { 200: z.object({ updated: z.number() }), ...problemResponses(400, 401) },
        },
      },
      async (request) => ({
        updated: await markNotificationsRead(
          deps,
          requireActor(request),
          request.body.all ? null : (request.body.ids ?? []),
        ),
      }),
    );
  };
