// Caps concurrent console queries per client, so one browser tab cannot occupy every database worker.
import { DomainError } from "./errors.js";

export class ConcurrencyLimiter {
  private readonly running = new Map<string, number>();

  constructor(private readonly maxPerClient: number) {}

  /**
   * Take a slot for `client` (an IP address) or throw too_many_requests. Call the returned function exactly once
   * when the query ends, however it ends.
   * @example const release = limiter.acquire(req.ip); try { … } finally { release(); }
   */
  acquire(client: string): () => void {
    const now = this.running.get(client) ?? 0;
    if (now >= this.maxPerClient) {
      throw new DomainError(
        "too_many_requests",
        `cypher console: at most ${this.maxPerClient} concurrent queries per client; wait for one to finish`,
        { maxConcurrent: this.maxPerClient },
      );
    }
    this.running.set(client, now + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.running.get(client) ?? 1) - 1;
      if (left <= 0) this.running.delete(client);
      else this.running.set(client, left);
    };
  }

  /** Queries running now for `client` (tests and diagnostics). */
  inFlight(client: string): number {
    return this.running.get(client) ?? 0;
  }
}
