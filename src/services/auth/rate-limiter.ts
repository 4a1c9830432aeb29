/**
 * A fixed-window counter per key, kept in the database (login_limits) so that every app
 * instance counts the same hits: five failures on instance A lock the address on instance B
 * too. Keys are stored as a keyed hash (blind index), never as the IP or e-mail address.
 */
import {
  hitLoginLimit,
  loginLimitWait,
  resetLoginLimit,
} from "../../db/repositories/login-limit.repository.js";
import type { ServiceDeps } from "../deps.js";

type LimiterDeps = Pick<ServiceDeps, "db" | "crypto">;

export class RateLimiter {
  /**
   * @param purpose names the counter (e.g. "ip", "account"), so equal keys of two limiters
   *   never share a row.
   */
  constructor(
    private readonly purpose: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  private keyHash(deps: LimiterDeps, key: string): string {
    return deps.crypto.blindIndex(key, `login-limit:${this.purpose}`);
  }

  /** Seconds to wait when the key is over its limit, else 0. Does not count a hit. */
  retryAfter(deps: LimiterDeps, key: string, now: Date): Promise<number> {
    return loginLimitWait(deps.db, this.keyHash(deps, key), this.limit, now);
  }

  /** Counts one hit (atomically, across instances); returns the count in the window. */
  hit(deps: LimiterDeps, key: string, now: Date): Promise<number> {
    return hitLoginLimit(deps.db, this.keyHash(deps, key), this.windowMs, now);
  }

  reset(deps: LimiterDeps, key: string): Promise<void> {
    return resetLoginLimit(deps.db, this.keyHash(deps, key));
  }
}
