import { PostgresAdapter, type Kysely } from "kysely";

/** True when this Kysely instance talks to PostgreSQL (used where DDL differs by dialect). */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
