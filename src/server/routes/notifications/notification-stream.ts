/**
 * GET /api/notifications/stream: Server-Sent Events for the browser (issue 21, ADR 0018). On
 * every live notice for the user — raised on any instance, fanned out by LISTEN/NOTIFY — the
 * stream sends `event: notifications` with the unread count, and nothing else: no ids, no
 * names, no kinds. The SPA then refetches the count and its lists. A stream ends after
 * `MAX_STREAM_MS`; the browser reconnects by itself and so proves its session again (a logged
 * out session gets a 401 and the EventSource stops). No state is kept between requests, so any
 * instance behind a load balancer can serve the next connection.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DomainError } from "../../../domain/errors.js";
import { countUnreadNotifications } from "../../../services/notifications/notifications.js";
import type { ServiceDeps } from "../../../services/deps.js";
import { applySecurityHeaders } from "../../plugins/security-headers.js";
import { requireActor } from "../../plugins/auth.js";

const HEARTBEAT_MS = 25_000;
const MAX_STREAM_MS = 10 * 60_000;
/** Notices in a burst (a signal that notifies a circle, then a picture change) make one event. */
const COALESCE_MS = 150;

export function notificationStream(app: FastifyInstance, deps: ServiceDeps) {
  const open = new Set<() => void>();
  // Open streams end before the server closes (otherwise close waits for them).
  app.addHook("preClose", async () => {
    for (const end of [...open]) end();
  });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = requireActor(request);
    if (request.tokenAuth)
      throw new DomainError("FORBIDDEN", "The live stream is for browser sessions only.");
    const unread = () => countUnreadNotifications(deps, ctx);
    // Subscribed and listening before the first count: a notice raised after that count is
    // never lost between the count and the LISTEN.
    let wanted = false;
    let onNotice = () => void (wanted = true);
    const unsubscribe = deps.notices.subscribe(ctx.actor.userId, () => onNotice());
    let first: number;
    try {
      await deps.notices.ready();
      first = await unread();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    applySecurityHeaders(request, reply);
    const headers = {
      ...(reply.getHeaders() as Record<string, string>),
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      "x-accel-buffering": "no",
      connection: "keep-alive",
    };
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, headers);
    const send = (chunk: string) => {
      if (!res.writableEnded) res.write(chunk);
    };
    send(`retry: 5000\n\nevent: notifications\ndata: ${JSON.stringify({ unread: first })}\n\n`);

    let pending: ReturnType<typeof setTimeout> | null = null;
    onNotice = () => {
      if (pending) return;
      pending = setTimeout(() => {
        pending = null;
        unread().then(
          (n) => send(`event: notifications\ndata: ${JSON.stringify({ unread: n })}\n\n`),
          (e: unknown) => request.log.warn({ err: e }, "notification stream count failed"),
        );
      }, COALESCE_MS);
    };
    if (wanted) onNotice();
    const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
    const lifetime = setTimeout(() => end(), MAX_STREAM_MS);
    const end = () => {
      open.delete(end);
      unsubscribe();
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      if (pending) clearTimeout(pending);
      if (!res.writableEnded) res.end();
    };
    open.add(end);
    request.raw.on("close", end);
  };
}
