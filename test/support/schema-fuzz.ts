/**
 * A schema-driven fuzzer: reads the operations of the app's OpenAPI document and, per operation,
 * builds a plausible base request plus hostile variants of it — one hostile value per variant,
 * in one property, query parameter, path parameter or header — from the JSON schemas: wrong
 * types, empty, too long and 100 kB strings, numbers out of range, arrays too long, nesting 200
 * deep, unicode (RTL override, emoji, lone surrogates), null bytes, prototype-pollution keys as
 * extra properties, missing required fields.
 */
import fc from "fast-check";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  params: Parameter[];
  body?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
}

/** Every operation that takes a body, query, path or header parameter. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).flatMap(([method, op]) => {
      const params: Parameter[] = (op.parameters ?? [])
        .filter((p) => p.in === "path" || p.in === "query" || p.in === "header")
        .map((p) => ({
          name: p.name,
          in: p.in as Parameter["in"],
          required: p.required === true,
          schema: p.schema ?? {},
        }));
      const body = op.requestBody?.content?.["application/json"]?.schema;
      if (params.length === 0 && body === undefined) return [];
      return [{ method: method.toUpperCase(), path, params, ...(body ? { body } : {}) }];
    }),
  );
}

/** A hostile request: what was changed, and the request itself. */
export interface FuzzCase {
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Raw JSON text (so `__proto__` can be an own key), or undefined for no body. */
  payload?: string;
}

/** Known-good values for path parameters and uuid fields, by parameter name. */
export type KnownIds = (name: string, path: string) => string | undefined;

const KB100 = "a".repeat(100 * 1024);
const UNICODE = [
  "\u202Egnp.exe\u202C 😀👨‍👩‍👧‍👦 مرحبا שלום",
  "\u0000\u0000null\u0000bytes",
  "\ud800 lone surrogate \udfff",
  "Z\u0351\u0352\u0353algo\u200b\u200d\ufeff",
  "<script>alert(1)</script>' OR 1=1 --",
];
const PROTO_KEYS = ["__proto__", "constructor", "prototype"];
const POLLUTION = '{"inzichtPolluted":true,"prototype":{"inzichtPolluted":true}}';

function nested(depth: number, kind: "object" | "array"): unknown {
  let v: unknown = kind === "object" ? { leaf: 1 } : [1];
  for (let i = 0; i < depth; i++) v = kind === "object" ? { a: v } : [v];
  return v;
}

function typesOf(s: JsonSchema): string[] {
  const inner = [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  const own = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  return [...own, ...inner.flatMap(typesOf)];
}

function nonNull(s: JsonSchema): JsonSchema {
  const options = [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  return options.find((o) => o.type !== "null") ?? s;
}

/** A plausible string for a schema (format and the patterns the API uses). */
function exampleString(s: JsonSchema, name: string, known: KnownIds, path: string): string {
  if (s.enum && s.enum.length > 0) return String(s.enum[0]);
  const k = known(name, path);
  if (k !== undefined) return k;
  if (s.format === "uuid") return "0b7c2a55-9d3e-4f6a-8b1c-2d3e4f5a6b7c";
  if (s.format === "date-time") return "2026-11-28T09:30:00Z";
  if (s.format === "email") return "iemand@example.nl";
  const p = s.pattern ?? "";
  if (p.includes("\\d{4}-\\d{2}-\\d{2}")) return "2026-11-20";
  if (p.includes("\\d{6}")) return "123456";
  if (p.includes("\\d{8,9}")) return "123456782";
  if (p.includes("0-9A-Za-z -")) return "V-1234-5678";
  if (p.includes("[a-z0-9]+(?:[.-][a-z0-9]+)*")) return "behav.out-at-night";
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 200;
  const text = "Een gewone tekst van voldoende lengte voor dit veld.";
  return text.padEnd(min, ".").slice(0, Math.max(min, Math.min(max, text.length)));
}

/** A plausible value for a schema. */
export function example(s: JsonSchema, name: string, known: KnownIds, path: string): unknown {
  const schema = nonNull(s);
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const type = typesOf(schema)[0];
  switch (type) {
    case "string":
      return exampleString(schema, name, known, path);
    case "integer":
    case "number":
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
    case "boolean":
      return false;
    case "array": {
      const n = Math.max(schema.minItems ?? 1, 1);
      return Array.from({ length: n }, () => example(schema.items ?? {}, name, known, path));
    }
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(schema.properties ?? {}))
        out[k] = example(v, k, known, path);
      return out;
    }
    case "null":
      return null;
    default:
      return {};
  }
}

/** Hostile values for one schema position (the kinds of breakage the brief lists). */
export function hostileValues(s: JsonSchema, seed: number): { label: string; value: unknown }[] {
  const schema = nonNull(s);
  const types = typesOf(schema);
  const out: { label: string; value: unknown }[] = [
    { label: "null", value: null },
    { label: "deep object nesting (200)", value: nested(200, "object") },
    { label: "deep array nesting (200)", value: nested(200, "array") },
  ];
  if (!types.includes("string"))
    out.push({ label: "a string", value: "x" }, { label: "a 100 kB string", value: KB100 });
  if (!types.includes("number") && !types.includes("integer"))
    out.push({ label: "a number", value: 42 }, { label: "a huge number", value: 1e308 });
  if (!types.includes("boolean")) out.push({ label: "a boolean", value: true });
  if (!types.includes("array")) out.push({ label: "an array", value: ["x", 1] });
  if (!types.includes("object")) out.push({ label: "an object", value: { a: 1 } });
  if (types.includes("string")) {
    out.push(
      { label: "an empty string", value: "" },
      { label: "a 100 kB string", value: KB100 },
      ...UNICODE.map((value, i) => ({ label: `unicode #${i}`, value })),
    );
    if (schema.maxLength !== undefined)
      out.push({ label: "maxLength + 1", value: "b".repeat(schema.maxLength + 1) });
    if (schema.minLength !== undefined && schema.minLength > 1)
      out.push({ label: "minLength - 1", value: "b".repeat(schema.minLength - 1) });
    const [arbitrary] = fc.sample(fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), {
      seed,
      numRuns: 1,
    });
    if (arbitrary !== undefined) out.push({ label: "random unicode", value: arbitrary });
  }
  if (types.includes("integer") || types.includes("number")) {
    out.push(
      { label: "a numeric string", value: "12" },
      { label: "-1", value: -1 },
      { label: "0", value: 0 },
      { label: "a fraction", value: 1.5 },
      { label: "1e308", value: 1e308 },
      { label: "beyond safe integers", value: Number.MAX_SAFE_INTEGER + 2 },
    );
    if (schema.minimum !== undefined) out.push({ label: "minimum - 1", value: schema.minimum - 1 });
    if (schema.maximum !== undefined) out.push({ label: "maximum + 1", value: schema.maximum + 1 });
  }
  if (types.includes("array")) {
    out.push(
      { label: "an empty array", value: [] },
      { label: "10,000 items", value: Array.from({ length: 10_000 }, (_, i) => `item-${i}`) },
      { label: "items of a wrong type", value: [{ a: 1 }, 2, null] },
    );
    if (schema.maxItems !== undefined)
      out.push({
        label: "maxItems + 1",
        value: Array.from({ length: schema.maxItems + 1 }, () => "x"),
      });
  }
  if (types.includes("object"))
    out.push(
      { label: "an extra property", value: { zzz: 1 } },
      { label: "an empty object", value: {} },
    );
  return out;
}

/** The value at a dotted property path replaced (or removed with `undefined`), in a copy. */
function withValue(base: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (head === undefined || typeof base !== "object" || base === null || Array.isArray(base))
    return base;
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  if (rest.length === 0 && value === undefined) delete copy[head];
  else copy[head] = withValue(copy[head], rest, value);
  return copy;
}

/** Every (schema position, sub-schema) of a body schema: properties, nested objects, items. */
function positions(s: JsonSchema, path: string[] = []): { path: string[]; schema: JsonSchema }[] {
  const schema = nonNull(s);
  const out: { path: string[]; schema: JsonSchema }[] = [{ path, schema }];
  if (path.length > 3) return out;
  for (const [k, v] of Object.entries(schema.properties ?? {}))
    out.push(...positions(v, [...path, k]));
  return out;
}

/** Adds raw `"key": value` members to the top-level JSON object text. */
function withRawMember(json: string, key: string, value: string): string {
  if (!json.startsWith("{")) return json;
  return json === "{}" ? `{"${key}":${value}}` : `{"${key}":${value},${json.slice(1)}`;
}

/** All hostile variants of one operation (the caller samples from them). */
export function fuzzCases(op: Operation, known: KnownIds, seed: number): FuzzCase[] {
  const pathParams = op.params.filter((p) => p.in === "path");
  const query = op.params.filter((p) => p.in === "query");
  const headers = op.params.filter((p) => p.in === "header");
  const pathValues = Object.fromEntries(
    pathParams.map((p) => [p.name, String(example(p.schema, p.name, known, op.path))]),
  );
  const baseQuery = Object.fromEntries(
    query
      .filter((q) => q.required)
      .map((q) => [q.name, String(example(q.schema, q.name, known, op.path))]),
  );
  const baseBody = op.body === undefined ? undefined : example(op.body, "", known, op.path);
  const url = (paths: Record<string, string>, q: Record<string, string> | string) => {
    const p = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => paths[name] ?? "x");
    const qs = typeof q === "string" ? q : new URLSearchParams(q).toString();
    return qs ? `${p}?${qs}` : p;
  };
  const make = (
    label: string,
    parts: {
      paths?: Record<string, string>;
      query?: Record<string, string> | string;
      headers?: Record<string, string>;
      body?: string | null;
    },
  ): FuzzCase => {
    const body =
      parts.body === null
        ? undefined
        : (parts.body ?? (baseBody === undefined ? undefined : JSON.stringify(baseBody)));
    return {
      label,
      method: op.method,
      url: url(parts.paths ?? pathValues, parts.query ?? baseQuery),
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(parts.headers ?? {}),
      },
      ...(body !== undefined ? { payload: body } : {}),
    };
  };
  const cases: FuzzCase[] = [];

  for (const p of pathParams) {
    for (const [label, value] of [
      ["not a uuid", "not-a-uuid"],
      ["a null byte", "%00"],
      ["malformed percent-encoding", "%E0%A4%A"],
      ["path traversal", "..%2F..%2Fetc%2Fpasswd"],
      ["unicode", encodeURIComponent(UNICODE[0] ?? "x")],
      ["300 characters", "f".repeat(300)],
      ["the nil uuid", "00000000-0000-0000-0000-000000000000"],
      ["upper case", (pathValues[p.name] ?? "").toUpperCase()],
      ["a trailing space", `${pathValues[p.name] ?? ""}%20`],
      ["__proto__", "__proto__"],
    ] as const) {
      cases.push(make(`path ${p.name}: ${label}`, { paths: { ...pathValues, [p.name]: value } }));
    }
  }
  for (const q of query) {
    for (const h of hostileValues(q.schema, seed)) {
      if (typeof h.value === "object" && h.value !== null) continue;
      const v = typeof h.value === "string" ? h.value.slice(0, 8192) : String(h.value);
      cases.push(make(`query ${q.name}: ${h.label}`, { query: { ...baseQuery, [q.name]: v } }));
    }
    const base = new URLSearchParams(baseQuery).toString();
    const amp = base ? `${base}&` : "";
    cases.push(
      make(`query ${q.name}: repeated`, { query: `${amp}${q.name}=1&${q.name}=2` }),
      make(`query ${q.name}: bracket keys`, { query: `${amp}${q.name}[a]=1&${q.name}[]=2` }),
      make(`query: __proto__ keys`, {
        query: `${amp}__proto__[inzichtPolluted]=1&constructor[prototype][inzichtPolluted]=1`,
      }),
    );
  }
  for (const h of headers) {
    for (const [label, value] of [
      ["empty", ""],
      ["too short", "x"],
      ["5,000 characters", "k".repeat(5000)],
      ["spaces", "  a b c d e f g  "],
    ] as const) {
      cases.push(make(`header ${h.name}: ${label}`, { headers: { [h.name]: value } }));
    }
  }
  if (op.body !== undefined) {
    const base = JSON.stringify(baseBody);
    for (const { path, schema } of positions(op.body)) {
      for (const h of hostileValues(schema, seed)) {
        cases.push(
          make(`body ${path.join(".") || "(root)"}: ${h.label}`, {
            body: JSON.stringify(withValue(baseBody, path, h.value)),
          }),
        );
      }
    }
    const required = nonNull(op.body).required ?? [];
    for (const r of required)
      cases.push(
        make(`body: missing ${r}`, { body: JSON.stringify(withValue(baseBody, [r], undefined)) }),
      );
    for (const key of PROTO_KEYS)
      cases.push(make(`body: extra ${key}`, { body: withRawMember(base, key, POLLUTION) }));
    for (const { path } of positions(op.body).filter(
      (x) => x.path.length === 1 && typesOf(x.schema).includes("object"),
    )) {
      const inner = JSON.stringify(withValue(baseBody, path, { __marker__: 1 })).replace(
        '"__marker__":1',
        `"__proto__":${POLLUTION}`,
      );
      cases.push(make(`body ${path.join(".")}: nested __proto__`, { body: inner }));
    }
    cases.push(
      make("body: not JSON", { body: "{not json" }),
      make("body: an array", { body: "[]" }),
      make("body: a string", { body: '"x"' }),
      make("body: absent", { body: null }),
    );
  }
  return cases;
}

/** Plausible text with a NUL byte inside (PostgreSQL cannot store U+0000 in text). */
export const NUL_TEXT = "Een tekst met\u0000 een NUL-teken erin.";

/**
 * One request per string position of an operation — each body property (also inside nested
 * objects and as the item of a string array), query parameter, path parameter and header — with
 * a NUL byte in that one place and plausible values everywhere else. The API must refuse each
 * with a 400 (the shared string types reject control characters), never store or 500 on it.
 */
export function nulCases(op: Operation, known: KnownIds): FuzzCase[] {
  const pathParams = op.params.filter((p) => p.in === "path");
  const query = op.params.filter((p) => p.in === "query");
  const pathValues = Object.fromEntries(
    pathParams.map((p) => [p.name, String(example(p.schema, p.name, known, op.path))]),
  );
  const baseQuery = Object.fromEntries(
    query
      .filter((q) => q.required)
      .map((q) => [q.name, String(example(q.schema, q.name, known, op.path))]),
  );
  const baseBody = op.body === undefined ? undefined : example(op.body, "", known, op.path);
  const url = (paths: Record<string, string>, q: Record<string, string>) => {
    const p = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => paths[name] ?? "x");
    const qs = new URLSearchParams(q).toString();
    return qs ? `${p}?${qs}` : p;
  };
  const make = (
    label: string,
    parts: { paths?: Record<string, string>; query?: Record<string, string>; body?: unknown },
  ): FuzzCase => {
    const body = parts.body ?? baseBody;
    return {
      label,
      method: op.method,
      url: url(parts.paths ?? pathValues, parts.query ?? baseQuery),
      headers: body !== undefined ? { "content-type": "application/json" } : {},
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    };
  };
  const cases: FuzzCase[] = [];
  for (const p of pathParams)
    cases.push(
      make(`path ${p.name}: NUL`, {
        paths: { ...pathValues, [p.name]: `${pathValues[p.name] ?? ""}%00` },
      }),
    );
  for (const q of query)
    cases.push(make(`query ${q.name}: NUL`, { query: { ...baseQuery, [q.name]: NUL_TEXT } }));
  if (op.body !== undefined) {
    for (const { path, schema } of positions(op.body)) {
      if (path.length === 0) continue;
      const types = typesOf(nonNull(schema));
      if (types.includes("string"))
        cases.push(
          make(`body ${path.join(".")}: NUL`, { body: withValue(baseBody, path, NUL_TEXT) }),
        );
      const items = nonNull(schema).items;
      if (types.includes("array") && items && typesOf(nonNull(items)).includes("string"))
        cases.push(
          make(`body ${path.join(".")}[0]: NUL`, { body: withValue(baseBody, path, [NUL_TEXT]) }),
        );
      if (types.includes("object") && nonNull(schema).properties === undefined)
        cases.push(
          make(`body ${path.join(".")}: NUL in a free object`, {
            body: withValue(baseBody, path, { note: NUL_TEXT, ["k\u0000"]: "x" }),
          }),
        );
    }
  }
  return cases;
}
