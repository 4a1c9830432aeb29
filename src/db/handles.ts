/**
 * The two handles a repository function takes: `Db` (the database or a transaction, for reads
 * and single writes) and `Trx` (a transaction, where the function's writes must commit with the
 * caller's). Services name these types and never import Kysely themselves (ESLint).
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";

export type Db = Kysely<Database> | Transaction<Database>;
export type Trx = Transaction<Database>;
