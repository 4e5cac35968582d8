// One read statement in an auto-commit transaction (one round trip), retried on transient failures as executeQuery is.
import { isRetryableError, type Session } from "neo4j-driver";
import type { RunStatement } from "./run-statement.js";

/*
 * Why auto-commit: the session sends RUN and PULL together and the server commits as the last record is
 * pulled, so the read costs one round trip. `driver.executeQuery` and managed transactions send BEGIN with
 * the statement but wait for its records before sending COMMIT, a second round trip: ~0.4–0.5 ms of a
 * ~1.3 ms expand on a local Neo4j, and as much client CPU again decoding the extra messages.
 * Why the retry: an auto-commit transaction is not retried by the driver, where executeQuery retries a
 * transient failure (a cluster member leaving, a leader switch, a deadlock) for maxTransactionRetryTime. A
 * read is safe to run again, and the records are consumed whole before it returns, so a failed attempt
 * leaves nothing behind: this retries the same way (1 s, doubling, ±20% jitter) within the same budget.
 */

export interface AutoCommitReadOptions {
  /** A fresh READ session; closed after each attempt. */
  openSession: () => Session;
  /** Server-side time limit of the statement. */
  timeoutMs: number;
  /** Retry transient failures until this long after the first attempt (the driver's maxTransactionRetryTime). */
  retryWithinMs: number;
  /** Waits between attempts (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic milliseconds (tests pass a fake). */
  now?: () => number;
}

const FIRST_DELAY_MS = 1_000;
const DELAY_MULTIPLIER = 2;
const JITTER = 0.2;

export function autoCommitReader(options: AutoCommitReadOptions): RunStatement {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? (() => performance.now());
  const attempt: RunStatement = async (query, params) => {
    const session = options.openSession();
    try {
      return await session.run(query, params, { timeout: options.timeoutMs });
    } finally {
      await session.close();
    }
  };
  return async (query, params) => {
    const started = now();
    let delay = FIRST_DELAY_MS;
    for (;;) {
      try {
        return await attempt(query, params);
      } catch (error) {
        const wait = delay * (1 - JITTER + Math.random() * 2 * JITTER);
        if (!isRetryableError(error) || now() - started + wait > options.retryWithinMs) throw error;
        await sleep(wait);
        delay *= DELAY_MULTIPLIER;
      }
    }
  };
}
