/**
 * Live notices (issue 21, ADR 0018): "something changed for these users", fanned out to every
 * app instance. On PostgreSQL `pg_notify` inside the writing transaction (delivered on commit
 * only, to every instance that LISTENs on the schema's channel); on SQLite, the embedded
 * single-process case, an in-process event emitter. A notice carries user ids between
 * instances and nothing else; what reaches a browser is a count (server/routes/notifications).
 */
import { EventEmitter } from "node:events";
import { sql, type Kysely } from "kysely";
import pg from "pg";
import { isPostgres } from "./dialect.js";
import type { DatabaseTarget } from "./database.js";
import type { Database } from "./schema.js";

export interface NoticeFeed {
  /** Calls `listener` whenever a notice names `userId`; returns the unsubscribe. */
  subscribe(userId: string, listener: () => void): () => void;
  /**
   * Resolves once notices raised from now on reach the subscribers (PostgreSQL: the LISTEN is
   * in place), or after `timeoutMs` when the database cannot be reached; the feed keeps trying.
   */
  ready(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const CHANNEL = "inzicht_notices_";
/** pg_notify's payload is limited to 8000 bytes: 100 ids (3.7 kB) per notice. */
const IDS_PER_NOTICE = 100;
const local = new EventEmitter();
local.setMaxListeners(0);

/** Raises a notice for the users, inside the caller's transaction where there is one. */
export async function raiseNotices(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  if (!isPostgres(db as unknown as Kysely<unknown>)) {
    local.emit("notice", unique);
    return;
  }
  for (let i = 0; i < unique.length; i += IDS_PER_NOTICE) {
    const payload = JSON.stringify(unique.slice(i, i + IDS_PER_NOTICE));
    await sql`select pg_notify(${CHANNEL} || current_schema(), ${payload})`.execute(db);
  }
}

/** Routes incoming user ids to the subscribed listeners. */
class Subscribers {
  private byUser = new Map<string, Set<() => void>>();
  subscribe(userId: string, listener: () => void): () => void {
    const set = this.byUser.get(userId) ?? new Set();
    set.add(listener);
    this.byUser.set(userId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byUser.delete(userId);
    };
  }
  deliver(userIds: readonly string[]): void {
    for (const id of userIds) for (const listener of this.byUser.get(id) ?? []) listener();
  }
  /** After a lost connection: notices may have been missed, so everyone re-reads. */
  deliverAll(): void {
    for (const set of this.byUser.values()) for (const listener of set) listener();
  }
  get size(): number {
    return this.byUser.size;
  }
}

/** The feed of a database: LISTEN on PostgreSQL (connected on the first subscriber). */
export function openNoticeFeed(target: DatabaseTarget): NoticeFeed {
  const subscribers = new Subscribers();
  if (target.kind === "sqlite") {
    const onNotice = (ids: string[]) => subscribers.deliver(ids);
    local.on("notice", onNotice);
    return {
      subscribe: (userId, listener) => subscribers.subscribe(userId, listener),
      ready: () => Promise.resolve(),
      close: async () => void local.off("notice", onNotice),
    };
  }
  return new PgNoticeFeed(target, subscribers);
}

class PgNoticeFeed implements NoticeFeed {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;
  private retryMs = 500;
  private everConnected = false;

  constructor(
    private readonly target: { url: string; schema?: string },
    private readonly subscribers: Subscribers,
  ) {}

  subscribe(userId: string, listener: () => void): () => void {
    const off = this.subscribers.subscribe(userId, listener);
    void this.connect();
    return off;
  }

  private connect(): Promise<void> {
    if (this.client || this.connecting || this.closed) return this.connecting ?? Promise.resolve();
    const client = new pg.Client({
      connectionString: this.target.url,
      application_name: "inzicht-notices",
      ...(this.target.schema ? { options: `-c search_path=${this.target.schema}` } : {}),
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners();
      client.on("error", () => undefined);
      void client.end().catch(() => undefined);
      this.reconnectLater();
    };
    this.connecting = (async () => {
      try {
        client.on("error", lost);
        client.on("end", lost);
        client.on("notification", (m) => {
          try {
            const ids = JSON.parse(m.payload ?? "[]") as unknown;
            if (Array.isArray(ids)) this.subscribers.deliver(ids.map(String));
          } catch {
            // a payload we did not write: ignore
          }
        });
        await client.connect();
        const { rows } = await client.query<{ s: string }>("select current_schema() as s");
        const channel = `${CHANNEL}${rows[0]?.s ?? "public"}`;
        await client.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
        if (this.closed) {
          await client.end();
          return;
        }
        this.client = client;
        this.retryMs = 500;
        // Connected again after a loss: whatever was raised meanwhile is re-read.
        if (this.everConnected) this.subscribers.deliverAll();
        this.everConnected = true;
      } catch {
        client.removeAllListeners();
        client.on("error", () => undefined);
        void client.end().catch(() => undefined);
        this.reconnectLater();
      } finally {
        this.connecting = null;
      }
    })();
    return this.connecting;
  }

  private reconnectLater(): void {
    if (this.closed) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 30_000);
    setTimeout(() => void this.connect(), wait).unref();
  }

  async ready(timeoutMs = 2_000): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.connect(),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting;
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
