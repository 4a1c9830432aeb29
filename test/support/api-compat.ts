/**
 * A small breaking-change checker for two OpenAPI 3.1 documents (issue 17): what a client
 * written against `published` relies on and `current` no longer gives. It reports
 * - an operation (method + path) that is gone;
 * - a request that now requires a parameter or body field it did not require, or accepts fewer
 *   types for one;
 * - a 2xx answer (status or JSON media type) that is gone;
 * - a response field that is gone or no longer always sent, or a response value that may now
 *   be of a type it could not be before.
 * It does not judge text answers, descriptions, examples or formats. An untyped published
 * schema (`{}`) promised nothing, so typing it is no break.
 */

type Json = Record<string, unknown>;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
const MAX_DEPTH = 12;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Follows `#/components/...` references inside one document. */
function resolver(doc: Json) {
  return function resolve(schema: unknown, seen = new Set<string>()): Json {
    if (!isObject(schema)) return {};
    const ref = schema.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/") || seen.has(ref)) return schema;
    let target: unknown = doc;
    for (const part of ref.slice(2).split("/"))
      target = isObject(target) ? target[part] : undefined;
    return resolve(target, new Set([...seen, ref]));
  };
}

type Resolve = ReturnType<typeof resolver>;

/** The JSON types a schema admits, or null when it admits anything. */
function typesOf(schema: Json, resolve: Resolve): Set<string> | null {
  const s = resolve(schema);
  const branches = (s.anyOf ?? s.oneOf) as unknown;
  if (Array.isArray(branches)) {
    const all = new Set<string>();
    for (const b of branches) {
      const t = typesOf(resolve(b), resolve);
      if (t === null) return null;
      for (const x of t) all.add(x);
    }
    return all;
  }
  if (typeof s.type === "string") return new Set([s.type === "integer" ? "number" : s.type]);
  if (Array.isArray(s.type))
    return new Set(s.type.map((t) => (t === "integer" ? "number" : String(t))));
  const values = "const" in s ? [s.const] : Array.isArray(s.enum) ? s.enum : null;
  if (values) return new Set(values.map((v) => (v === null ? "null" : typeof v)));
  if (isObject(s.properties)) return new Set(["object"]);
  return null;
}

/** The object-shaped part of a schema (itself, or its object branch of anyOf/oneOf). */
function objectPart(schema: Json, resolve: Resolve): Json | null {
  const s = resolve(schema);
  if (isObject(s.properties)) return s;
  const branches = (s.anyOf ?? s.oneOf) as unknown;
  if (Array.isArray(branches)) {
    for (const b of branches) {
      const o = objectPart(resolve(b), resolve);
      if (o) return o;
    }
  }
  return null;
}

/** The items schema of a schema's array part, if any. */
function itemsPart(schema: Json, resolve: Resolve): Json | null {
  const s = resolve(schema);
  if (isObject(s.items)) return resolve(s.items);
  const branches = (s.anyOf ?? s.oneOf) as unknown;
  if (Array.isArray(branches)) {
    for (const b of branches) {
      const i = itemsPart(resolve(b), resolve);
      if (i) return i;
    }
  }
  return null;
}

const required = (s: Json | null) =>
  new Set(Array.isArray(s?.required) ? (s.required as string[]) : []);
const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
const list = (s: Set<string>) => [...s].sort().join("|");

/** Breaks in a response schema: what a client reading `before` relies on and `after` drops. */
function responseBreaks(
  before: Json,
  after: Json,
  at: string,
  r: { old: Resolve; now: Resolve },
  depth = 0,
): string[] {
  const out: string[] = [];
  if (depth > MAX_DEPTH) return out; // a recursive schema (JsonValue): checked deep enough
  const tOld = typesOf(before, r.old);
  if (tOld === null) return out; // promised nothing
  const tNow = typesOf(after, r.now);
  if (tNow === null || !subset(tNow, tOld)) {
    out.push(`${at}: type changed from ${list(tOld)} to ${tNow ? list(tNow) : "anything"}`);
    return out;
  }
  const oOld = objectPart(before, r.old);
  const oNow = objectPart(after, r.now);
  if (oOld && oNow) {
    const reqNow = required(oNow);
    const propsNow = oNow.properties as Json;
    for (const [name, sOld] of Object.entries(oOld.properties as Json)) {
      const where = `${at}.${name}`;
      if (!(name in propsNow)) {
        out.push(`${where}: response field removed`);
        continue;
      }
      if (required(oOld).has(name) && !reqNow.has(name))
        out.push(`${where}: response field no longer always sent`);
      out.push(...responseBreaks(r.old(sOld), r.now(propsNow[name]), where, r, depth + 1));
    }
  }
  const iOld = itemsPart(before, r.old);
  const iNow = itemsPart(after, r.now);
  if (iOld && iNow) out.push(...responseBreaks(iOld, iNow, `${at}[]`, r, depth + 1));
  return out;
}

/** Breaks in a request schema: what a client sending per `before` sends and `after` refuses. */
function requestBreaks(
  before: Json,
  after: Json,
  at: string,
  r: { old: Resolve; now: Resolve },
  depth = 0,
): string[] {
  const out: string[] = [];
  if (depth > MAX_DEPTH) return out; // a recursive schema (JsonValue): checked deep enough
  const tNow = typesOf(after, r.now);
  if (tNow === null) return out; // accepts anything
  const tOld = typesOf(before, r.old);
  if (tOld === null || !subset(tOld, tNow)) {
    out.push(
      `${at}: accepted types changed from ${tOld ? list(tOld) : "anything"} to ${list(tNow)}`,
    );
    return out;
  }
  const oOld = objectPart(before, r.old);
  const oNow = objectPart(after, r.now);
  if (oNow) {
    const propsOld = (oOld?.properties ?? {}) as Json;
    const reqOld = required(oOld);
    for (const name of required(oNow)) {
      if (!reqOld.has(name)) out.push(`${at}.${name}: required request field added`);
    }
    for (const [name, sNow] of Object.entries(oNow.properties as Json)) {
      if (name in propsOld)
        out.push(
          ...requestBreaks(r.old(propsOld[name]), r.now(sNow), `${at}.${name}`, r, depth + 1),
        );
    }
  }
  const iOld = itemsPart(before, r.old);
  const iNow = itemsPart(after, r.now);
  if (iOld && iNow) out.push(...requestBreaks(iOld, iNow, `${at}[]`, r, depth + 1));
  return out;
}

const jsonSchemaOf = (holder: unknown): Json | null => {
  if (!isObject(holder) || !isObject(holder.content)) return null;
  for (const [mediaType, media] of Object.entries(holder.content)) {
    if (/json/.test(mediaType) && isObject(media)) return (media.schema as Json | undefined) ?? {};
  }
  return null;
};

/** Every breaking change from `published` to `current`, one line each; [] when compatible. */
export function breakingChanges(published: Json, current: Json): string[] {
  const r = { old: resolver(published), now: resolver(current) };
  const out: string[] = [];
  const pathsOld = (published.paths ?? {}) as Record<string, Json>;
  const pathsNow = (current.paths ?? {}) as Record<string, Json>;
  for (const [path, itemOld] of Object.entries(pathsOld)) {
    for (const method of METHODS) {
      const opOld = itemOld[method];
      if (!isObject(opOld)) continue;
      const name = `${method.toUpperCase()} ${path}`;
      const opNow = pathsNow[path]?.[method];
      if (!isObject(opNow)) {
        out.push(`${name}: operation removed`);
        continue;
      }
      // Parameters: a required one added, or one that accepts fewer types.
      const params = (op: Json) =>
        new Map(
          ((op.parameters ?? []) as Json[]).map((p) => [`${String(p.in)}:${String(p.name)}`, p]),
        );
      const pOld = params(opOld);
      for (const [key, p] of params(opNow)) {
        const before = pOld.get(key);
        if (p.required === true && before?.required !== true)
          out.push(`${name} ${key}: required parameter added`);
        if (before)
          out.push(...requestBreaks(r.old(before.schema), r.now(p.schema), `${name} ${key}`, r));
      }
      // The request body.
      const bodyNow = jsonSchemaOf(opNow.requestBody);
      const bodyOld = jsonSchemaOf(opOld.requestBody);
      if (bodyNow && isObject(opNow.requestBody) && opNow.requestBody.required === true) {
        const wasRequired = isObject(opOld.requestBody) && opOld.requestBody.required === true;
        if (!bodyOld && !wasRequired) out.push(`${name}: required request body added`);
      }
      if (bodyNow && bodyOld) out.push(...requestBreaks(bodyOld, bodyNow, `${name} body`, r));
      // 2xx answers.
      const resOld = (opOld.responses ?? {}) as Json;
      const resNow = (opNow.responses ?? {}) as Json;
      for (const [status, answerOld] of Object.entries(resOld)) {
        if (!/^2\d\d$/.test(status)) continue;
        const answerNow = r.now(resNow[status]);
        if (!isObject(resNow[status])) {
          out.push(`${name} ${status}: response removed`);
          continue;
        }
        const contentOld = (r.old(answerOld).content ?? {}) as Json;
        const contentNow = (answerNow.content ?? {}) as Json;
        for (const [mediaType, mediaOld] of Object.entries(contentOld)) {
          const mediaNow = contentNow[mediaType];
          if (!isObject(mediaNow)) {
            out.push(`${name} ${status}: media type ${mediaType} removed`);
            continue;
          }
          if (!/json/.test(mediaType) || !isObject(mediaOld)) continue;
          out.push(
            ...responseBreaks(
              r.old(mediaOld.schema),
              r.now(mediaNow.schema),
              `${name} ${status} body`,
              r,
            ),
          );
        }
      }
    }
  }
  return out;
}
