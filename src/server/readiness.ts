/**
 * Whether this instance should get traffic (GET /api/ready, ADR 0019). The proxy or orchestrator
 * sends requests only to ready instances. An instance is ready once the database answers and has
 * every migration this code knows; it stops being ready the moment it starts draining on SIGTERM,
 * while it still finishes the requests it has.
 */
export class Readiness {
  private drainingSince: Date | null = null;

  /** Called on SIGTERM: from now on /api/ready answers 503. */
  startDraining(now = new Date()): void {
    this.drainingSince ??= now;
  }

  /** When draining started, or null while the instance serves normally. */
  get draining(): Date | null {
    return this.drainingSince;
  }
}
