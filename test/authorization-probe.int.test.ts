import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "../src/domain/roles.js";
import { addToCircle, buildYouth, registerYouthAs } from "./factories.js";
import { demoYouthId } from "./support/demo-world.js";
import { diffCounts, rowCounter, type RowCounts } from "./support/row-counts.js";
import { createTestApp, demoEmail, loginAs, type Session, type TestApp } from "./test-app.js";
import { TEST_DATABASES } from "./test-db.js";

/**
 * Authorization probe: every route under /api/youths/{id} in the OpenAPI document, called by
 * every demo role outside the youth's reach, with a body that would succeed if the caller were
 * allowed (the last test proves that by sending the same requests as the youth's mentor).
 * The answer is 404 problem+json — exactly like a youth that does not exist — and the only
 * trace is one access-log entry of the attempt: every other table keeps its row count.
 *
 * The target is "Hamid N." at COA Ter Apel: his circle is mentor.terapel@ and guardian@, and the
 * team lead of Ter Apel reaches him by location. Every other demo role is an outsider.
 */
const NOW = new Date("2026-11-29T10:00:00Z");
const TODAY = "2026-11-29";
const SAFE = {
  dangerNow: "no",
  askedOn: TODAY,
  answers: { inDangerNow: "Nee, niet nu." },
  actions: [],
};

interface Ids {
  member: string;
  request: string;
  signal: string;
  traject: string;
  step: string;
  alert: string;
  review: string;
  report: string;
  episode: string;
  item: string;
  version: number;
  zutphen: string;
}

interface Probe {
  query?: string;
  body?: (ids: Ids) => unknown;
}

/**
 * One request per route that would succeed if the caller were allowed. Keyed by method and
 * OpenAPI path; a new youth route without an entry here fails the first test.
 */
const PROBES: Record<string, Probe> = {
  "GET /api/youths/{id}": {},
  "PATCH /api/youths/{id}": { body: (i) => ({ version: i.version, nationality: "DZ" }) },
  "GET /api/youths/{id}/circle": {},
  "POST /api/youths/{id}/circle": {
    body: () => ({ email: demoEmail("school"), relation: "school" }),
  },
  "POST /api/youths/{id}/access-requests/{requestId}/decision": {
    body: () => ({ decision: "declined" }),
  },
  "GET /api/youths/{id}/signals": {},
  "POST /api/youths/{id}/signals": {
    body: () => ({
      indicatorIds: ["behav.out-at-night"],
      observedAt: "2026-11-20",
      source: "own_observation",
      facts: "Kwam om 03:00 terug op de locatie, met een nieuwe jas.",
    }),
  },
  "POST /api/youths/{id}/signals/{signalId}/retraction": {
    body: () => ({ reason: "Bleek een vergissing te zijn." }),
  },
  "GET /api/youths/{id}/vulnerabilities": {},
  "PUT /api/youths/{id}/vulnerabilities": {
    body: () => ({
      factors: [{ factorId: "reception-situation", present: true, notedAt: "2026-11-20" }],
    }),
  },
  "POST /api/youths/{id}/judgements": {
    body: () => ({
      kind: "suspicion",
      reason: "Meerdere signalen wijzen op criminele uitbuiting.",
    }),
  },
  "GET /api/youths/{id}/picture": {},
  "GET /api/youths/{id}/timeline": {},
  "GET /api/youths/{id}/trajects": {},
  "POST /api/youths/{id}/trajects": {
    body: () => ({ concern: "Zorgen over nachtelijke afwezigheid." }),
  },
  "GET /api/youths/{id}/trajects/{trajectId}": {},
  "POST /api/youths/{id}/trajects/{trajectId}/steps": {
    body: () => ({ step: "safety_check", draft: true, what: SAFE }),
  },
  "PATCH /api/youths/{id}/trajects/{trajectId}/steps/{stepId}": {
    body: () => ({ version: 1, draft: true, what: SAFE }),
  },
  "POST /api/youths/{id}/safety-alerts/{alertId}/handled": {
    body: () => ({ note: "Politie ingeschakeld, jongere is veilig ondergebracht." }),
  },
  "POST /api/youths/{id}/reviews/{reviewId}/done": {
    body: () => ({ version: 1, outcome: "Besproken met de jongere, afspraken werken." }),
  },
  "GET /api/youths/{id}/reports": {},
  "POST /api/youths/{id}/reports": { body: () => ({ kind: "comensha", form: {}, send: false }) },
  "GET /api/youths/{id}/reports/prefill": { query: "kind=comensha" },
  "GET /api/youths/{id}/reports/{reportId}": {},
  "PATCH /api/youths/{id}/reports/{reportId}": {
    body: () => ({ version: 1, form: {}, send: false }),
  },
  "GET /api/youths/{id}/reports/{reportId}/report.pdf": {},
  "GET /api/youths/{id}/reports/{reportId}/report.json": {},
  "GET /api/youths/{id}/missing-episodes": {},
  "POST /api/youths/{id}/missing-episodes": {
    body: () => ({
      lastSeenAt: "2026-11-28T20:00:00Z",
      lastSeenWhere: "Station Assen",
      circumstances: "Ging na het eten weg en kwam niet terug.",
      phone: "unknown",
    }),
  },
  "PATCH /api/youths/{id}/missing-episodes/{episodeId}": {
    body: () => ({ version: 1, lastSeenWhere: "Station Groningen" }),
  },
  "PATCH /api/youths/{id}/missing-episodes/{episodeId}/checklist/{item}": {
    body: () => ({ version: 1, done: true, doneAt: "2026-11-28T21:00:00Z" }),
  },
  "POST /api/youths/{id}/missing-episodes/{episodeId}/return-conversation": {
    body: () => ({
      version: 1,
      heldOn: TODAY,
      youthTalked: true,
      summary: "Hij vertelt dat hij bij een vriend was.",
    }),
  },
  "POST /api/youths/{id}/missing-episodes/{episodeId}/end": {
    body: () => ({ version: 1, endedAt: "2026-11-29T08:00:00Z", outcome: "returned" }),
  },
  "POST /api/youths/{id}/missing-episodes/{episodeId}/close": {
    body: () => ({ version: 1, note: "Afgerond." }),
  },
  "GET /api/youths/{id}/missing-episodes/{episodeId}/summary.pdf": {},
  // Last, because they change who reaches the youth when the mentor sends them in the final test.
  "DELETE /api/youths/{id}/circle/{memberId}": {
    body: () => ({ reason: "Voogdij overgedragen aan een collega." }),
  },
  "POST /api/youths/{id}/relocations": {
    body: (i) => ({
      toLocationId: i.zutphen,
      version: i.version,
      handover: {
        openConcerns: "Wordt 's avonds opgehaald.",
        safetyAgreements: "Telefoon 's nachts bij de mentor.",
        nextSteps: "Gesprek met de zorgcoördinator.",
      },
    }),
  },
};

/** Routes that answer an outsider differently BY DESIGN, each with the reason. */
const EXCEPTIONS: Record<string, string> = {
  "POST /api/youths/{id}/access-requests":
    "an outsider may ask the circle for access (they learned of the youth through the duplicate " +
    "warning); casework roles get 201, roles that can never ask get the logged 404; every attempt " +
    "is logged and counts against a per-user limit (access-attempts.int.test.ts)",
  "POST /api/youths/{id}/emergency-access":
    "care coordinators and team leads outside the circle break the glass by design (24 hours, " +
    "reason required, flagged in the log); every other role gets the logged 404",
  "GET /api/youths/{id}/audit":
    "the privacy officer reads a youth's access log without being in the circle; others get 403",
  "GET /api/youths/{id}/audit.csv":
    "the privacy officer exports a youth's access log for a data subject request; others get 403",
  "GET /api/youths/{id}/data-export":
    "the privacy officer exports a youth's data for a data subject request (AVG art. 15); others " +
    "get 403 before any lookup (retention.int.test.ts in routes/retention)",
  "POST /api/youths/{id}/retention-hold":
    "the privacy officer puts a dossier on legal hold; others get 403 before any lookup",
  "POST /api/youths/{id}/retention-hold/lift":
    "the privacy officer lifts a legal hold; others get 403 before any lookup",
  "POST /api/youths/{id}/erasure":
    "the privacy officer decides an erasure request (AVG art. 17); others get 403 before any lookup",
};

const CASEWORK = new Set(["mentor", "guardian", "care_coordinator", "school", "team_lead"]);

/** Privacy-officer exceptions with their own body and answer (issue 22; default: 200). */
const PRIVACY_OFFICER_ANSWERS: Record<string, { body?: object; status: number }> = {
  "POST /api/youths/{id}/retention-hold": {
    body: { reason: "Lopend politieonderzoek." },
    status: 201,
  },
  // The hold is placed first (below), so lifting it succeeds.
  "POST /api/youths/{id}/retention-hold/lift": { body: { version: 1 }, status: 204 },
  "POST /api/youths/{id}/erasure": {
    body: { reason: "data_subject_request", decidedOn: TODAY },
    status: 200,
  },
};

describe.each(TEST_DATABASES)(
  "authorization probe on a youth outside the caller's reach (%s)",
  (kind) => {
    let t: TestApp;
    let owner: Session;
    let hamid: string;
    let ids: Ids;
    let routes: string[];
    let outsiders: { role: string; session: Session }[];
    let counts: () => Promise<RowCounts>;

    const urlOf = (route: string, youthId: string) => {
      const path = route.split(" ")[1] ?? "";
      const byName: Record<string, string> = {
        id: youthId,
        memberId: ids.member,
        requestId: ids.request,
        signalId: ids.signal,
        trajectId: ids.traject,
        stepId: ids.step,
        alertId: ids.alert,
        reviewId: ids.review,
        reportId: ids.report,
        episodeId: ids.episode,
        item: ids.item,
      };
      const filled = path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        const v = byName[name];
        if (!v) throw new Error(`no value for {${name}} in ${route}`);
        return v;
      });
      const q = PROBES[route]?.query;
      return q ? `${filled}?${q}` : filled;
    };
    const send = (s: Session, route: string, youthId: string) => {
      const method = route.split(" ")[0] as "GET";
      const body = PROBES[route]?.body?.(ids);
      return s.request({
        method,
        url: urlOf(route, youthId),
        ...(body !== undefined ? { payload: body as object } : {}),
      });
    };
    const lastSeq = async () =>
      (
        await t.deps.db
          .selectFrom("audit_log")
          .select("seq")
          .orderBy("seq", "desc")
          .limit(1)
          .executeTakeFirst()
      )?.seq ?? 0;
    const auditAfter = (seq: number) =>
      t.deps.db.selectFrom("audit_log").selectAll().where("seq", ">", seq).orderBy("seq").execute();

    beforeAll(async () => {
      t = await createTestApp(kind, { now: NOW });
      hamid = await demoYouthId(t.deps, "Hamid N.");
      owner = await loginAs(t.app, "mentor.terapel@demo.inzicht.test");
      const ok = async (p: Promise<{ statusCode: number; body: string }>) => {
        const res = await p;
        if (res.statusCode >= 300) throw new Error(`setup failed: ${res.statusCode} ${res.body}`);
        return JSON.parse(res.body) as Record<string, unknown>;
      };
      const base = `/api/youths/${hamid}`;
      // Records of every kind on Hamid, so each probe names real records.
      const signal = await ok(
        owner.request({
          method: "POST",
          url: `${base}/signals`,
          payload: PROBES["POST /api/youths/{id}/signals"]?.body?.({} as Ids) as object,
        }),
      );
      const traject = await ok(
        owner.request({
          method: "POST",
          url: `${base}/trajects`,
          payload: { concern: "Vertelt dat hij onder dwang moet stelen." },
        }),
      );
      const step = await ok(
        owner.request({
          method: "POST",
          url: `${base}/trajects/${String(traject.id)}/steps`,
          payload: {
            step: "safety_check",
            draft: true,
            what: { dangerNow: "yes", answers: { inDangerNow: "Ja, ze wachten buiten." } },
          },
        }),
      );
      const report = await ok(
        owner.request({
          method: "POST",
          url: `${base}/reports`,
          payload: { kind: "comensha", form: {}, send: false },
        }),
      );
      const episode = await ok(
        owner.request({
          method: "POST",
          url: `${base}/missing-episodes`,
          payload: PROBES["POST /api/youths/{id}/missing-episodes"]?.body?.({} as Ids) as object,
        }),
      );
      const coordinator = await loginAs(t.app, demoEmail("care_coordinator"));
      const request = await ok(
        coordinator.request({
          method: "POST",
          url: `${base}/access-requests`,
          payload: { reason: "Jongere komt naar onze regio voor begeleiding." },
        }),
      );
      const db = t.deps.db;
      const guardian = await db
        .selectFrom("circle_members as m")
        .innerJoin("users as u", "u.id", "m.user_id")
        .select("m.id")
        .where("m.youth_id", "=", hamid)
        .where("u.email", "=", demoEmail("guardian"))
        .executeTakeFirstOrThrow();
      const review = await db
        .selectFrom("review_dates")
        .select("id")
        .where("youth_id", "=", hamid)
        .executeTakeFirstOrThrow();
      const item = await db
        .selectFrom("missing_checklist_items")
        .select("item")
        .where("episode_id", "=", String(episode.id))
        .executeTakeFirstOrThrow();
      const youth = await db
        .selectFrom("youths")
        .select("version")
        .where("id", "=", hamid)
        .executeTakeFirstOrThrow();
      const zutphen = await db
        .selectFrom("organisations")
        .select("id")
        .where("name", "=", "COA Zutphen")
        .executeTakeFirstOrThrow();
      ids = {
        member: guardian.id,
        request: String(request.id),
        signal: String(signal.id),
        traject: String(traject.id),
        step: String(step.id),
        alert: String(step.safetyAlertId),
        review: review.id,
        report: String(report.id),
        episode: String(episode.id),
        item: item.item,
        version: youth.version,
        zutphen: zutphen.id,
      };

      const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
        paths: Record<string, Record<string, unknown>>;
      }>();
      routes = Object.entries(doc.paths)
        .filter(([p]) => p.includes("/api/youths/{id}"))
        .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));

      const reach = await db
        .selectFrom("circle_members as m")
        .innerJoin("users as u", "u.id", "m.user_id")
        .select("u.email")
        .where("m.youth_id", "=", hamid)
        .where("m.ended_at", "is", null)
        .execute();
      const inCircle = new Set(reach.map((r) => r.email));
      outsiders = [];
      for (const role of ROLES) {
        if (inCircle.has(demoEmail(role))) continue;
        outsiders.push({ role, session: await loginAs(t.app, demoEmail(role)) });
      }
      // login_limits counts attempts (access requests count per user), like the access log.
      counts = await rowCounter(db, kind, ["audit_log", "login_limits"]);
    });
    afterAll(() => t.close());

    it("every youth route is either probed with an example body or a documented exception", () => {
      expect(routes.length).toBeGreaterThan(30);
      const unknown = routes.filter((r) => !(r in PROBES) && !(r in EXCEPTIONS));
      expect(unknown, "add an example body to PROBES (or a reasoned entry to EXCEPTIONS)").toEqual(
        [],
      );
      expect(outsiders.map((o) => o.role).sort()).toEqual(
        ROLES.filter((r) => r !== "guardian").sort(),
      );
    });

    it("an outsider gets 404 problem+json on every youth route, and only the attempt is logged", async () => {
      const wrong: string[] = [];
      let probes = 0;
      const start = await lastSeq();
      const countsBefore = await counts();
      for (const route of routes.filter((r) => r in PROBES)) {
        for (const { role, session } of outsiders) {
          const seq = await lastSeq();
          const before = await counts();
          const res = await session.request({
            method: route.split(" ")[0] as "GET",
            url: urlOf(route, hamid),
            ...(PROBES[route]?.body ? { payload: PROBES[route]?.body?.(ids) as object } : {}),
          });
          probes += 1;
          const what = `${route} as ${role}`;
          const problem = res.headers["content-type"]
            ?.toString()
            .includes("application/problem+json");
          const code = problem ? res.json<{ code?: string }>().code : undefined;
          if (res.statusCode !== 404 || code !== "NOT_FOUND")
            wrong.push(`${what}: ${res.statusCode} ${res.body.slice(0, 160)}`);
          const entries = await auditAfter(seq);
          if (
            entries.length !== 1 ||
            entries[0]?.action !== "youth.denied" ||
            entries[0]?.outcome !== "denied" ||
            entries[0]?.youth_id !== hamid ||
            entries[0]?.actor_id !== session.userId
          )
            wrong.push(
              `${what}: access log ${JSON.stringify(entries.map((e) => [e.action, e.outcome, e.youth_id === hamid]))}`,
            );
          const diff = diffCounts(before, await counts());
          if (diff.length > 0) wrong.push(`${what}: rows changed ${diff.join(", ")}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(diffCounts(countsBefore, await counts())).toEqual([]);
      const denied = await auditAfter(start);
      expect(denied).toHaveLength(probes);
      expect(denied.every((e) => e.outcome === "denied" && e.youth_id === hamid)).toBe(true);
      expect(probes).toBe(Object.keys(PROBES).length * outsiders.length);
      console.log(
        `authorization probe (${kind}): ${probes} probes (${Object.keys(PROBES).length} routes × ${outsiders.length} roles), all 404 with one denied access-log entry each`,
      );
    });

    it.each(["org_admin", "system_admin"])(
      "as %s: no token can be minted for the youth's mentor, and the admin's own token gets 404 on every youth route",
      async (role) => {
        const admin = await loginAs(t.app, demoEmail(role));
        const minted = await admin.request({
          method: "POST",
          url: "/api/tokens",
          payload: {
            name: "x-koppeling",
            userId: owner.userId,
            scopes: ["read", "write"],
            expiresInDays: 365,
          },
        });
        expect(minted.statusCode, minted.body).toBe(400);
        const own = await admin.request({
          method: "POST",
          url: "/api/tokens",
          payload: { name: "Beheer", scopes: ["read", "write"], expiresInDays: 1 },
        });
        expect(own.statusCode, own.body).toBe(201);
        const { token, id: tokenId } = own.json<{ token: string; id: string }>();
        const wrong: string[] = [];
        for (const route of routes.filter((r) => r in PROBES)) {
          const seq = await lastSeq();
          const before = await counts();
          const body = PROBES[route]?.body?.(ids);
          const res = await t.app.inject({
            method: route.split(" ")[0] as "GET",
            url: urlOf(route, hamid),
            headers: { authorization: `Bearer ${token}` },
            ...(body !== undefined ? { payload: body as object } : {}),
          });
          const entries = await auditAfter(seq);
          if (res.statusCode !== 404)
            wrong.push(`${route}: ${res.statusCode} ${res.body.slice(0, 160)}`);
          if (
            entries.length !== 1 ||
            entries[0]?.action !== "youth.denied" ||
            entries[0]?.actor_id !== admin.userId ||
            !entries[0]?.client?.includes(`api-token ${tokenId}`)
          )
            wrong.push(
              `${route}: access log ${JSON.stringify(entries.map((e) => [e.action, e.client]))}`,
            );
          const diff = diffCounts(before, await counts());
          if (diff.length > 0) wrong.push(`${route}: rows changed ${diff.join(", ")}`);
        }
        expect(wrong).toEqual([]);
      },
    );

    it.each(Object.entries(EXCEPTIONS))("documented exception: %s — %s", async (route) => {
      // A fresh youth at Ter Apel with only the guardian added, so one exception cannot feed another.
      const terApel = await t.deps.db
        .selectFrom("organisations")
        .select("id")
        .where("name", "=", "COA Ter Apel")
        .executeTakeFirstOrThrow();
      const youthId = await registerYouthAs(
        owner,
        buildYouth(terApel.id, { arrivedAt: "2026-01-10" }),
      );
      await addToCircle(owner, youthId, demoEmail("guardian"), "guardian");
      const special = PRIVACY_OFFICER_ANSWERS[route];
      const body: Record<string, unknown> = special?.body
        ? { ...special.body }
        : { reason: "Acute zorg gemeld door de politie, mentor niet bereikbaar." };
      if (route.endsWith("/retention-hold/lift")) {
        const po = outsiders.find((o) => o.role === "privacy_officer")?.session;
        const placed = await po?.request({
          method: "POST",
          url: `/api/youths/${youthId}/retention-hold`,
          payload: { reason: "Lopend politieonderzoek." },
        });
        expect(placed?.statusCode).toBe(201);
      }
      for (const { role, session } of outsiders) {
        const seq = await lastSeq();
        const before = await counts();
        const method = route.split(" ")[0] as "GET";
        const res = await session.request({
          method,
          url: urlOf(route, youthId),
          ...(method === "GET" ? {} : { payload: body }),
        });
        const entries = await auditAfter(seq);
        const diff = diffCounts(before, await counts());
        const what = `${route} as ${role}`;
        const expected = route.endsWith("/access-requests")
          ? CASEWORK.has(role)
            ? 201
            : 404
          : route.endsWith("/emergency-access")
            ? role === "care_coordinator" || role === "team_lead"
              ? 201
              : 404
            : role === "privacy_officer"
              ? (special?.status ?? 200)
              : 403;
        expect(res.statusCode, `${what}: ${res.body.slice(0, 200)}`).toBe(expected);
        if (expected >= 400) {
          expect(res.headers["content-type"], what).toContain("application/problem+json");
          expect(diff, what).toEqual([]);
        }
        if (expected === 404)
          expect(
            entries.map((e) => [e.action, e.outcome, e.youth_id]),
            what,
          ).toEqual([["youth.denied", "denied", youthId]]);
        if (expected === 403) expect(entries, what).toEqual([]);
        if (expected === 201 || expected === 200 || expected === 204)
          expect(
            entries.map((e) => e.outcome),
            what,
          ).toEqual(["ok"]);
      }
    });

    it("the probe bodies are valid: the youth's own mentor gets past validation on every route", async () => {
      const refused: string[] = [];
      const statuses: string[] = [];
      for (const route of Object.keys(PROBES)) {
        const res = await send(owner, route, hamid);
        statuses.push(`${res.statusCode} ${route}`);
        if (res.statusCode === 400 || res.statusCode === 404 || res.statusCode >= 500)
          refused.push(`${route}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
      // 409 (a version moved on, a draft report has no PDF) or 403 still means a valid body.
      console.log(`probe bodies sent as the mentor (${kind}):\n  ${statuses.join("\n  ")}`);
      expect(refused).toEqual([]);
    });
  },
);

/**
 * Role-gated routes that concern no single youth: every role without the right gets 403
 * problem+json and nothing changes; the roles with the right get past the rule. One entry per
 * route, with the roles the policy allows.
 */
interface GlobalProbe {
  url: string | ((ids: { zutphen: string; mentor: string }) => string);
  body?: unknown;
  allowed: string[];
  /** The answer an allowed role gets when the request is past the rule but refused on its merits. */
  pastTheRule?: number;
  /** The answer every other role gets (default 403; 404 where the page must not be known). */
  refused?: number;
}

const STATISTICS_READERS = [
  "researcher",
  "team_lead",
  "care_coordinator",
  "privacy_officer",
  "system_admin",
];

const GLOBAL_PROBES: Record<string, GlobalProbe> = {
  "POST /api/contact-checks/{contactId}": {
    url: "/api/contact-checks/veilig-thuis",
    body: {},
    allowed: ["trainer", "org_admin"],
  },
  "GET /api/admin/organisations": { url: "/api/admin/organisations", allowed: ["system_admin"] },
  "GET /api/admin/jobs/dead-letters": {
    url: "/api/admin/jobs/dead-letters?limit=10",
    allowed: ["system_admin"],
  },
  "POST /api/admin/organisations": {
    url: "/api/admin/organisations",
    body: { name: "COA Budel", type: "coa_location", region: "Zuid" },
    allowed: ["system_admin"],
  },
  "PATCH /api/admin/organisations/{organisationId}": {
    url: (i) => `/api/admin/organisations/${i.zutphen}`,
    body: { version: 1, region: "Oost-Nederland" },
    allowed: ["system_admin"],
  },
  "POST /api/admin/organisations/{organisationId}/deactivation": {
    url: (i) => `/api/admin/organisations/${i.zutphen}/deactivation`,
    body: { version: 2 },
    allowed: ["system_admin"],
    // COA Zutphen still has youths and users: past the rule, refused with the reasons.
    pastTheRule: 409,
  },
  "GET /api/admin/mail-outbox": { url: "/api/admin/mail-outbox", allowed: ["system_admin"] },
  "POST /api/admin/invitations": {
    url: "/api/admin/invitations",
    body: { email: "nieuw.probe@coa.test", displayName: "Nieuwe Collega", role: "mentor" },
    allowed: ["org_admin", "system_admin"],
    // The system admin names no organisation here: past the rule, refused for that (400).
    pastTheRule: 400,
  },
  "GET /api/admin/invitations": {
    url: "/api/admin/invitations",
    allowed: ["org_admin", "system_admin"],
  },
  // An id no invitation has: an allowed admin gets past the rule and is told it does not exist.
  "DELETE /api/admin/invitations/{invitationId}": {
    url: "/api/admin/invitations/00000000-0000-4000-8000-000000000000",
    allowed: ["org_admin", "system_admin"],
    pastTheRule: 404,
  },
  "POST /api/admin/invitations/import": {
    url: "/api/admin/invitations/import",
    body: { csv: "name,email,role\nProbe Collega,probe.csv@coa.test,mentor\n", dryRun: true },
    allowed: ["org_admin", "system_admin"],
    pastTheRule: 400,
  },
  // Patterns across youths (issue 25): the care coordinator only; for everyone else, admins
  // included, the page does not exist.
  "GET /api/patterns": { url: "/api/patterns", allowed: ["care_coordinator"], refused: 404 },
  // Anonymous statistics (issue 23): never a mentor, guardian, school, trainer or org admin.
  "GET /api/statistics": { url: "/api/statistics", allowed: STATISTICS_READERS },
  "GET /api/statistics/figures/{figureId}": {
    url: "/api/statistics/figures/signals-by-category",
    allowed: STATISTICS_READERS,
  },
  "GET /api/statistics/figures/{figureId}/csv": {
    url: "/api/statistics/figures/youths-by-level/csv",
    allowed: STATISTICS_READERS,
  },
  "GET /api/statistics/export": { url: "/api/statistics/export", allowed: STATISTICS_READERS },
  "GET /api/statistics/export/csv": {
    url: "/api/statistics/export/csv",
    allowed: STATISTICS_READERS,
  },
  "POST /api/statistics/runs": { url: "/api/statistics/runs", allowed: ["system_admin"] },
  // User administration (issue 19): the Zutphen mentor is in both admins' scope. The changes
  // carry a stale version, so an allowed admin gets past the rule and is refused on its merits
  // (409) and no demo account changes.
  "GET /api/admin/users": { url: "/api/admin/users", allowed: ["org_admin", "system_admin"] },
  "GET /api/admin/users/{accountId}": {
    url: (i) => `/api/admin/users/${i.mentor}`,
    allowed: ["org_admin", "system_admin"],
  },
  "GET /api/admin/users/{accountId}/circles": {
    url: (i) => `/api/admin/users/${i.mentor}/circles`,
    allowed: ["org_admin", "system_admin"],
  },
  "PATCH /api/admin/users/{accountId}/roles": {
    url: (i) => `/api/admin/users/${i.mentor}/roles`,
    body: { version: 999, roles: ["mentor", "trainer"] },
    allowed: ["org_admin", "system_admin"],
    pastTheRule: 409,
  },
  "POST /api/admin/users/{accountId}/deactivation": {
    url: (i) => `/api/admin/users/${i.mentor}/deactivation`,
    body: { version: 999 },
    allowed: ["org_admin", "system_admin"],
    pastTheRule: 409,
  },
  "POST /api/admin/users/{accountId}/reactivation": {
    url: (i) => `/api/admin/users/${i.mentor}/reactivation`,
    body: { version: 999 },
    allowed: ["org_admin", "system_admin"],
    pastTheRule: 409,
  },
  "POST /api/admin/users/{accountId}/second-factor-reset": {
    url: (i) => `/api/admin/users/${i.mentor}/second-factor-reset`,
    body: { version: 999 },
    allowed: ["org_admin", "system_admin"],
    pastTheRule: 409,
  },
};

describe.each(TEST_DATABASES)("authorization probe on role-gated global routes (%s)", (kind) => {
  let t: TestApp;
  // One session per role for every probe (the login limit counts logins per client).
  const sessions = new Map<string, Session>();
  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    for (const role of ROLES) sessions.set(role, await loginAs(t.app, demoEmail(role)));
  });
  afterAll(() => t.close());

  it("every admin, patterns and statistics route is probed", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const admin = Object.entries(doc.paths)
      .filter(([p]) => /^\/api\/(admin\/|patterns|statistics)/.test(p))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(admin.length).toBeGreaterThan(3);
    expect(admin.filter((r) => !(r in GLOBAL_PROBES))).toEqual([]);
  });

  it.each(Object.entries(GLOBAL_PROBES))("%s", async (route, probe) => {
    const counts = await rowCounter(t.deps.db, kind, ["audit_log", "sessions", "users"]);
    const zutphen = await t.deps.db
      .selectFrom("organisations")
      .select("id")
      .where("name", "=", "COA Zutphen")
      .executeTakeFirstOrThrow();
    const mentor = await t.deps.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", demoEmail("mentor"))
      .executeTakeFirstOrThrow();
    const url =
      typeof probe.url === "string"
        ? probe.url
        : probe.url({ zutphen: zutphen.id, mentor: mentor.id });
    const wrong: string[] = [];
    for (const role of ROLES) {
      const session = sessions.get(role);
      if (!session) throw new Error(`no session for ${role}`);
      const before = await counts();
      const res = await session.request({
        method: route.split(" ")[0] as "POST",
        url,
        ...(probe.body !== undefined ? { payload: probe.body as object } : {}),
      });
      const may = probe.allowed.includes(role);
      if (may && res.statusCode >= 400 && res.statusCode !== probe.pastTheRule)
        wrong.push(`${role}: ${res.statusCode} ${res.body}`);
      if (!may) {
        const refused = probe.refused ?? 403;
        if (res.statusCode !== refused)
          wrong.push(`${role}: ${res.statusCode}, expected ${refused}`);
        const diff = diffCounts(before, await counts());
        if (diff.length > 0) wrong.push(`${role}: rows changed ${diff.join(", ")}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe.each(TEST_DATABASES)("authorization probe on GET /metrics (%s)", (kind) => {
  const METRICS_TOKEN = "metrics-token-for-the-probe-0123456789";
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW, metricsToken: METRICS_TOKEN });
  });
  afterAll(() => t.close());

  it("no role's session and no user's API token opens it; only the metrics token does, and reading it changes nothing", async () => {
    const counts = await rowCounter(t.deps.db, kind, ["audit_log", "sessions", "users"]);
    const wrong: string[] = [];
    for (const role of ROLES) {
      const session = await loginAs(t.app, demoEmail(role));
      const before = await counts();
      const res = await session.request({ method: "GET", url: "/metrics" });
      if (res.statusCode !== 401 || !String(res.headers["content-type"]).includes("problem+json"))
        wrong.push(`${role} session: ${res.statusCode}`);
      const diff = diffCounts(before, await counts());
      if (diff.length > 0) wrong.push(`${role}: rows changed ${diff.join(", ")}`);
      const minted = await session.request({
        method: "POST",
        url: "/api/tokens",
        payload: { name: "Metrics?", scopes: ["read"], expiresInDays: 1 },
      });
      if (minted.statusCode === 201) {
        const { token } = minted.json<{ token: string }>();
        const res2 = await t.app.inject({
          method: "GET",
          url: "/metrics",
          headers: { authorization: `Bearer ${token}` },
        });
        if (res2.statusCode !== 401) wrong.push(`${role} API token: ${res2.statusCode}`);
      }
    }
    for (const authorization of ["", "Bearer ", `Bearer ${METRICS_TOKEN}x`, METRICS_TOKEN]) {
      const res = await t.app.inject({
        method: "GET",
        url: "/metrics",
        headers: { authorization },
      });
      if (res.statusCode !== 401) wrong.push(`"${authorization}": ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
    const before = await counts();
    const ok = await t.app.inject({
      method: "GET",
      url: "/metrics",
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers["content-type"]).toContain("text/plain");
    expect(diffCounts(before, await counts())).toEqual([]);
  });
});
