/**
 * The missing-youth protocol: /api/youths/{id}/missing-episodes… — open, details, checklist,
 * end (return), return conversation, close, and the police summary sheet (PDF, logged).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { pageQuery } from "../../../shared/page.schema.js";
import { z } from "zod";
import type { ServiceDeps } from "../../../services/deps.js";
import { closeEpisode } from "../../../services/missing/close-episode.js";
import { endEpisode } from "../../../services/missing/end-episode.js";
import { exportMissingSummary } from "../../../services/missing/export-missing-summary.js";
import { findEpisodes } from "../../../services/missing/find-episodes.js";
import { openEpisode } from "../../../services/missing/open-episode.js";
import { recordReturnConversation } from "../../../services/missing/record-return-conversation.js";
import { tickChecklistItem } from "../../../services/missing/tick-checklist-item.js";
import { updateEpisode } from "../../../services/missing/update-episode.js";
import {
  checklistBody,
  checklistParams,
  closeEpisodeBody,
  conversationBody,
  endEpisodeBody,
  episodeParams,
  openEpisodeBody,
  updateEpisodeBody,
} from "../../../shared/missing.schema.js";
import { youthIdParams } from "../../../shared/youth.schema.js";
import { requireActor } from "../../plugins/auth.js";
import { fileResponses, problemResponses } from "../../openapi.js";
import { episodeListSchema } from "../../../shared/api/missing.js";

const versioned = z.object({ version: z.number() });
const changes = { 200: versioned, ...problemResponses(400, 401, 403, 404, 409) };

export const missingRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const base = "/api/youths/:id/missing-episodes";
    app.get(
      base,
      {
        schema: {
          tags: ["missing"],
          summary: "Missing episodes with checklist and reviews (history kept)",
          params: youthIdParams,
          querystring: pageQuery,
          response: { 200: episodeListSchema, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        findEpisodes(deps, requireActor(request), request.params.id, request.query),
    );
    app.post(
      base,
      {
        schema: {
          tags: ["missing"],
          summary: "Record a disappearance: status missing, picture recomputed, circle notified",
          params: youthIdParams,
          body: openEpisodeBody,
          response: {
            201: z.object({ id: z.string(), version: z.number(), level: z.number() }),
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await openEpisode(deps, requireActor(request), request.params.id, request.body)),
    );
    app.patch(
      `${base}/:episodeId`,
      {
        schema: {
          tags: ["missing"],
          summary: "Correct the details (version; stale → 409)",
          params: episodeParams,
          body: updateEpisodeBody,
          response: changes,
        },
      },
      async (request) =>
        updateEpisode(
          deps,
          requireActor(request),
          request.params.id,
          request.params.episodeId,
          request.body,
        ),
    );
    app.patch(
      `${base}/:episodeId/checklist/:item`,
      {
        schema: {
          tags: ["missing"],
          summary: "Tick a checklist item with the time it was done",
          params: checklistParams,
          body: checklistBody,
          response: changes,
        },
      },
      async (request) =>
        tickChecklistItem(
          deps,
          requireActor(request),
          request.params.id,
          request.params.episodeId,
          request.params.item,
          request.body,
        ),
    );
    app.post(
      `${base}/:episodeId/end`,
      {
        schema: {
          tags: ["missing"],
          summary:
            "Back in view (returned, found) or left care: status follows, picture re-assessed",
          params: episodeParams,
          body: endEpisodeBody,
          response: {
            200: z.object({ version: z.number(), level: z.number(), previousLevel: z.number() }),
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) =>
        endEpisode(
          deps,
          requireActor(request),
          request.params.id,
          request.params.episodeId,
          request.body,
        ),
    );
    app.post(
      `${base}/:episodeId/return-conversation`,
      {
        schema: {
          tags: ["missing"],
          summary: "Record the return conversation",
          params: episodeParams,
          body: conversationBody,
          response: changes,
        },
      },
      async (request) =>
        recordReturnConversation(
          deps,
          requireActor(request),
          request.params.id,
          request.params.episodeId,
          request.body,
        ),
    );
    app.post(
      `${base}/:episodeId/close`,
      {
        schema: {
          tags: ["missing"],
          summary: "Close the episode (it stays in history and counts as a vulnerability)",
          params: episodeParams,
          body: closeEpisodeBody,
          response: changes,
        },
      },
      async (request) =>
        closeEpisode(
          deps,
          requireActor(request),
          request.params.id,
          request.params.episodeId,
          request.body,
        ),
    );
    app.get(
      `${base}/:episodeId/summary.pdf`,
      {
        schema: {
          tags: ["missing"],
          summary: "Summary sheet for the police (PDF, logged as an export)",
          params: episodeParams,
          ...fileResponses("application/pdf", 400, 401, 403, 404),
        },
      },
      async (request, reply) => {
        const out = await exportMissingSummary(
          deps,
          requireActor(request),
          request.params.id,
          request.params.episodeId,
        );
        return reply
          .type("application/pdf")
          .header("content-disposition", `attachment; filename="${out.filename}"`)
          .header("cache-control", "no-store")
          .send(out.pdf);
      },
    );
  };
