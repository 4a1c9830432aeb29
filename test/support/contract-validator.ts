/**
 * Checks an answer of the API against the published contract (GET /api/openapi.json, issue 17):
 * the status is one the operation declares, the media type is one that status declares, and the
 * body validates against that media type's schema (ajv, JSON Schema 2020-12, as OpenAPI 3.1).
 * test/test-app.ts wraps `app.inject()` with it, so every integration test checks the contract.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
type Any = any;

// ajv-formats is CommonJS; its default export is the plugin under ESM interop.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

interface PathMatcher {
  template: string;
  regex: RegExp;
  params: number;
}

/** One answer as the validator sees it. */
export interface ContractAnswer {
  method: string;
  url: string;
  status: number;
  contentType: string | undefined;
  body: string;
}

/** Validates answers against one OpenAPI document. */
export interface ContractValidator {
  /** The reasons the answer disagrees with the contract; empty when it agrees. */
  check(answer: ContractAnswer): string[];
}

const escapePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** A validator for the document (compiled lazily, one schema per response media type). */
export function contractValidator(doc: Any): ContractValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(doc, "openapi.json");
  const matchers: PathMatcher[] = Object.keys(doc.paths ?? {})
    .map((template) => {
      const parts = template.split(/\{[^}]+\}/);
      const source = parts.map((p) => p.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("[^/]+");
      return { template, regex: new RegExp(`^${source}$`), params: parts.length - 1 };
    })
    // A static path wins over a templated one (/api/audit/youths before /api/audit/{id}).
    .sort((a, b) => a.params - b.params);
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (pointer: string) => {
    let v = compiled.get(pointer);
    if (!v) {
      v = ajv.compile({ $ref: `openapi.json#${pointer}` });
      compiled.set(pointer, v);
    }
    return v;
  };
  return {
    check(answer) {
      const method = answer.method.toLowerCase();
      const path = answer.url.split("?")[0] ?? "";
      const where = `${answer.method.toUpperCase()} ${path} → ${answer.status}`;
      if (!path.startsWith("/api/") || method === "head" || !METHODS.includes(method)) return [];
      const template = matchers.find(
        (m) => m.regex.test(path) && doc.paths[m.template]?.[method],
      )?.template;
      // Not an operation of the contract (unknown path, hidden route): only the shape of a 404/405.
      if (!template) return [];
      const op = doc.paths[template][method];
      const response = op.responses?.[String(answer.status)];
      if (!response) {
        // A server error is a bug the test itself reports; the contract does not promise a 500.
        if (answer.status >= 500) return [];
        return [`${where}: the contract (${op.operationId}) declares no ${answer.status}`];
      }
      const content: Record<string, Any> = response.content ?? {};
      const mediaTypes = Object.keys(content);
      if (mediaTypes.length === 0) {
        return answer.body.length === 0 ? [] : [`${where}: the contract declares no body`];
      }
      const mediaType = (answer.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (!mediaTypes.includes(mediaType))
        return [
          `${where}: media type ${mediaType || "(none)"} is not one of ${mediaTypes.join(", ")}`,
        ];
      if (!mediaType.includes("json")) return [];
      let body: unknown;
      try {
        body = JSON.parse(answer.body);
      } catch {
        return [`${where}: the body is not JSON`];
      }
      const pointer = `/paths/${escapePointer(template)}/${method}/responses/${answer.status}/content/${escapePointer(mediaType)}/schema`;
      const validate = validatorFor(pointer);
      if (validate(body)) return [];
      return (validate.errors ?? []).map(
        (e) =>
          `${where}: body${e.instancePath} ${e.message ?? "is invalid"} ${JSON.stringify(e.params)}`,
      );
    },
  };
}
