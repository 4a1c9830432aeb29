import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  accountDeactivateBody,
  accountListQuery,
  accountParams,
  accountRolesBody,
  accountVersionBody,
} from "../../../shared/user-admin.schema.js";
import { changeAccountRoles } from "../../../services/users/change-account-roles.js";
import { deactivateAccount } from "../../../services/users/deactivate-account.js";
import { findAccountCircles } from "../../../services/users/find-account-circles.js";
import { findAccounts } from "../../../services/users/find-accounts.js";
import { getAccount } from "../../../services/users/get-account.js";
import { reactivateAccount } from "../../../services/users/reactivate-account.js";
import { resetSecondFactor } from "../../../services/users/reset-second-factor.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { requireActor } from "../../plugins/auth.js";
import { okOrProblems } from "../../openapi.js";

/**
 * User administration (issue 19): org admins for their own organisation, system admins for all.
 * An account outside the admin's scope answers 404, like a youth out of reach. No dossier content.
 */
export const userAdminRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/admin/users",
      {
        schema: {
          operationId: "listAdminUsers",
          tags: ["admin"],
          summary:
            "Accounts the admin manages, searched by name or e-mail, role and status, in pages",
          querystring: accountListQuery,
          response: okOrProblems(400, 401, 403),
        },
      },
      async (request) => findAccounts(deps, requireActor(request), request.query),
    );
    app.get(
      "/api/admin/users/:accountId",
      {
        schema: {
          operationId: "getAdminUser",
          tags: ["admin"],
          summary: "One account: name, e-mail, roles, organisation, status, 2FA on or off",
          params: accountParams,
          response: okOrProblems(400, 401, 403, 404),
        },
      },
      async (request) => getAccount(deps, requireActor(request), request.params.accountId),
    );
    app.get(
      "/api/admin/users/:accountId/circles",
      {
        schema: {
          operationId: "listAdminUserCircles",
          tags: ["admin"],
          summary:
            "The circles the account is in (youth code and location only) and who may succeed it",
          params: accountParams,
          response: okOrProblems(400, 401, 403, 404),
        },
      },
      async (request) => findAccountCircles(deps, requireActor(request), request.params.accountId),
    );
    app.patch(
      "/api/admin/users/:accountId/roles",
      {
        schema: {
          operationId: "changeAdminUserRoles",
          tags: ["admin"],
          summary: "Change the account's roles, with `version`",
          params: accountParams,
          body: accountRolesBody,
          response: okOrProblems(400, 401, 403, 404, 409),
        },
      },
      async (request) =>
        changeAccountRoles(deps, requireActor(request), request.params.accountId, request.body),
    );
    app.post(
      "/api/admin/users/:accountId/deactivation",
      {
        schema: {
          operationId: "deactivateAdminUser",
          tags: ["admin"],
          summary:
            "Deactivate the account: ends its sessions and API tokens at once and its circle memberships, with a successor per youth it was the only mentor or guardian of",
          params: accountParams,
          body: accountDeactivateBody,
          response: okOrProblems(400, 401, 403, 404, 409),
        },
      },
      async (request) =>
        deactivateAccount(deps, requireActor(request), request.params.accountId, request.body),
    );
    app.post(
      "/api/admin/users/:accountId/reactivation",
      {
        schema: {
          operationId: "reactivateAdminUser",
          tags: ["admin"],
          summary: "Make a deactivated account active again, with `version`",
          params: accountParams,
          body: accountVersionBody,
          response: okOrProblems(400, 401, 403, 404, 409),
        },
      },
      async (request) =>
        reactivateAccount(
          deps,
          requireActor(request),
          request.params.accountId,
          request.body.version,
        ),
    );
    app.post(
      "/api/admin/users/:accountId/second-factor-reset",
      {
        schema: {
          operationId: "resetAdminUserSecondFactor",
          tags: ["admin"],
          summary:
            "Reset the account's two-step login: it is set up again at the next login (logged, the person is told)",
          params: accountParams,
          body: accountVersionBody,
          response: okOrProblems(400, 401, 403, 404, 409),
        },
      },
      async (request) =>
        resetSecondFactor(
          deps,
          requireActor(request),
          request.params.accountId,
          request.body.version,
        ),
    );
  };
