import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ServiceDeps } from "../../../services/deps.js";
import { findUnsentMails } from "../../../services/mail/find-unsent-mails.js";
import { readDevOutbox } from "../../../services/mail/read-dev-outbox.js";
import { requireActor } from "../../plugins/auth.js";
import { okOrProblems, PUBLIC } from "../../openapi.js";

/** The outbox: unsent mails for the system admin; the whole outbox for a developer in demo mode. */
export const mailRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/admin/mail-outbox",
      {
        schema: {
          tags: ["admin"],
          operationId: "listUnsentMails",
          summary:
            "Mails not sent yet or given up on: template, recipient, attempts and error, never content (system admin)",
          response: okOrProblems(401, 403),
        },
      },
      async (request) => findUnsentMails(deps, requireActor(request)),
    );
    app.get(
      "/api/dev/outbox",
      {
        schema: {
          tags: ["dev"],
          operationId: "readDevOutbox",
          summary:
            "Demo mode only: the newest mails with their text, for following links without SMTP (404 otherwise)",
          security: PUBLIC,
          response: okOrProblems(404),
        },
      },
      async () => readDevOutbox(deps),
    );
  };
