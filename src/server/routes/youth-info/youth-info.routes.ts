/**
 * The public youth information pages (issue 24, ADR 0020): /info/<lang> as plain HTML, outside
 * the login, with no cookies and a CSP that allows nothing from elsewhere; their style sheet,
 * script and service worker under /info/. The content is loaded and checked at start-up.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  SOURCE_LANGUAGE,
  YOUTH_INFO_CODES,
  YOUTH_INFO_LANGUAGES,
  type YouthInfoLanguage,
} from "../../../domain/youth-info/content.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { loadYouthInfo, pageContact } from "../../../services/youth-info/load-youth-info.js";
import { PUBLIC, problemResponses } from "../../openapi.js";
import { SCRIPT, SERVICE_WORKER, STYLE_SHEET } from "./youth-info-assets.js";
import { renderYouthInfoPage, YOUTH_INFO_CSS, YOUTH_INFO_JS } from "./youth-info-page.js";

export const youthInfoParams = z.object({ lang: z.enum(YOUTH_INFO_CODES) }).strict();

/** The page's absolute URL for its QR code: the configured address, else in demo the request's. */
function pageUrl(
  deps: ServiceDeps,
  request: FastifyRequest,
  lang: YouthInfoLanguage,
): string | null {
  const origin =
    deps.config.publicUrl ?? (deps.config.demo ? `${request.protocol}://${request.host}` : null);
  return origin ? `${origin}/info/${lang}` : null;
}

export const youthInfoRoutes =
  (deps: ServiceDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const info = loadYouthInfo(deps.catalog.contacts);
    const contacts = deps.catalog.contacts.map(pageContact);
    const languageNames = Object.fromEntries(
      YOUTH_INFO_LANGUAGES.map(({ code }) => [code, info[code].ui.languageName]),
    ) as Record<YouthInfoLanguage, string>;
    const asset = (url: string, type: string, body: string) =>
      app.get(url, { schema: { hide: true } }, async (_request, reply) =>
        reply.type(type).header("cache-control", "no-cache").send(body),
      );
    asset(YOUTH_INFO_CSS, "text/css; charset=utf-8", STYLE_SHEET);
    asset(YOUTH_INFO_JS, "text/javascript; charset=utf-8", SCRIPT);
    asset("/info/sw.js", "text/javascript; charset=utf-8", SERVICE_WORKER);

    app.get("/info", { schema: { hide: true } }, async (_request, reply) =>
      reply.redirect(`/info/${SOURCE_LANGUAGE}`, 302),
    );
    app.get(
      "/info/:lang",
      {
        schema: {
          tags: ["youth-info"],
          operationId: "getYouthInformationPage",
          summary: "The public information page for young people in one language (HTML, no login)",
          description:
            "Plain HTML for a 14–17-year-old: what exploitation is, that it is not their fault, their rights and who can help, with the catalogue's phone numbers and chat links. No cookies, no case data; prints as a one-page A4 leaflet with a QR code to the page. Languages: " +
            YOUTH_INFO_CODES.join(", ") +
            ".",
          security: PUBLIC,
          params: youthInfoParams,
          produces: ["text/html"],
          response: { 200: z.string(), ...problemResponses(400, 404) },
        },
      },
      async (request, reply) => {
        const { lang } = request.params;
        const html = renderYouthInfoPage({
          file: info[lang],
          source: info[SOURCE_LANGUAGE],
          languageNames,
          contacts,
          pageUrl: pageUrl(deps, request, lang),
        });
        return reply
          .type("text/html; charset=utf-8")
          .header("cache-control", "no-cache")
          .header("content-language", lang)
          .send(html);
      },
    );
  };
