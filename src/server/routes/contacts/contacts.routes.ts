/**
 * /api/contact-checks: the sociale kaart's checks. Reading is public like the sociale kaart;
 * marking an entry as checked is for trainers and org admins (policies.ts "contact.check").
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  contactCheckList,
  contactCheckParams,
  contactCheckView,
  recordContactCheckBody,
} from "../../../shared/contacts.schema.js";
import { findContactChecks } from "../../../services/contacts/find-contact-checks.js";
import { recordContactCheck } from "../../../services/contacts/record-contact-check.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { PUBLIC, problemResponses } from "../../openapi.js";

const tags = ["catalog"];

/** Reading and recording sociale kaart checks. */
export const contactRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/contact-checks",
      {
        schema: {
          tags,
          summary: "The newest check of each sociale kaart entry (who checked it, and when)",
          security: PUBLIC,
          response: { 200: contactCheckList, ...problemResponses(400) },
        },
      },
      async (request) => findContactChecks(deps, request.ctx),
    );

    app.post(
      "/api/contact-checks/:contactId",
      {
        schema: {
          tags,
          summary:
            "Mark a sociale kaart entry as checked today, in your name (trainers, org admins)",
          params: contactCheckParams,
          body: recordContactCheckBody,
          response: { 201: contactCheckView, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const view = await recordContactCheck(deps, requireActor(request), request.params);
        return reply.code(201).send(view);
      },
    );
  };
