/**
 * Review dates: record a review as done, and the actor's overdue and due reviews
 * (GET /api/reviews/due). The reminder sweep is the `review-reminders` job (services/jobs/registry.ts).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceDeps } from "../../../services/deps.js";
import { completeReview } from "../../../services/steps/complete-review.js";
import { findDueReviews } from "../../../services/steps/find-due-reviews.js";
import { completeReviewBody, dueReviewsQuery, reviewParams } from "../../../shared/steps.schema.js";
import { requireActor } from "../../plugins/auth.js";
import { problemResponses } from "../../openapi.js";
import { dueReviewListSchema } from "../../../shared/api/steps.js";

export const reviewRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/youths/:id/reviews/:reviewId/done",
      {
        schema: {
          tags: ["steps"],
          summary: "Record a review as done, optionally with the next review date",
          params: reviewParams,
          body: completeReviewBody,
          response: {
            200: z.object({
              id: z.string(),
              version: z.number(),
              nextReviewId: z.string().nullable(),
            }),
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) =>
        completeReview(
          deps,
          requireActor(request),
          request.params.id,
          request.params.reviewId,
          request.body,
        ),
    );
    app.get(
      "/api/reviews/due",
      {
        schema: {
          tags: ["steps"],
          summary: "My overdue reviews and those due within N days (default 7)",
          querystring: dueReviewsQuery,
          response: { 200: dueReviewListSchema, ...problemResponses(400, 401) },
        },
      },
      async (request) => findDueReviews(deps, requireActor(request), request.query),
    );
  };
