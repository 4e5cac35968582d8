// Keeps the store usable across Neo4j outages: connect, apply the schema, back off and retry, answer 503 meanwhile.
import type { Driver } from "neo4j-driver";
import { StoreUnavailableError } from "../../domain/errors.js";
import { redactUri } from "./driver.js";
import { isUnavailableError, toDomainError } from "./errors.js";
import { applySchema } from "./schema.js";

/** The few logger methods the store needs; server/logger.ts satisfies it. */
export interface StoreLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export const SILENT_LOG: StoreLog = { info: () => undefined, warn: () => undefined };

export interface ConnectionOptions {
  uri: string;
  database?: string;
  log?: StoreLog;
  /** First retry delay (default 1 s); doubles up to maxDelayMs (default 30 s). */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Run cypher/schema.cypher once connected (default true). */
  applySchema?: boolean;
}

type State = "connecting" | "ready" | "closed";

/**
 * The connection state machine. `connecting` → (verify + schema + version) → `ready`; any
 * "unavailable" failure while ready drops back to `connecting`, which re-applies the schema once
 * the database answers again (a restarted or replaced database may have lost it). Calls made while
 * not ready fail fast with StoreUnavailableError and nudge a retry, so the app recovers within about
 * a second of the database coming back even when the backoff timer is at its 30 s cap.
 */
export class Neo4jConnection {
  private state: State = "connecting";
  private version: string | undefined;
  private delayMs: number;
  private timer: NodeJS.Timeout | undefined;
  private attempt: Promise<void> | undefined;
  private lastAttemptAt = 0;
  private lastReason = "not connected yet";
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly driver: Driver,
    private readonly options: ConnectionOptions,
  ) {
    this.delayMs = options.minDelayMs ?? 1_000;
    this.connect();
  }

  get ready(): boolean {
    return this.state === "ready";
  }

  /** "5.26.x", known once connected. */
  get serverVersion(): string | undefined {
    return this.version;
  }

  private get log(): StoreLog {
    return this.options.log ?? SILENT_LOG;
  }

  /** Throws StoreUnavailableError unless connected; a failed call also schedules a prompt retry. */
  assertReady(operation: string): void {
    if (this.state === "ready") return;
    if (this.state === "closed") throw new StoreUnavailableError(`${operation}: the store is closed`);
    this.nudge();
    throw new StoreUnavailableError(
      `${operation}: the Neo4j database at ${redactUri(this.options.uri)} is unavailable (${this.lastReason})`,
    );
  }

  /** Translate a failure of a call; an "unavailable" one switches to `connecting` and starts retrying. */
  fail(operation: string, err: unknown): unknown {
    if (isUnavailableError(err) && this.state === "ready") {
      this.state = "connecting";
      this.lastReason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
      this.log.warn("neo4j: connection lost; reconnecting", {
        uri: redactUri(this.options.uri),
        reason: this.lastReason,
      });
      this.delayMs = this.options.minDelayMs ?? 1_000;
      this.connect();
    }
    return toDomainError(operation, err);
  }

  /** Resolves once connected; rejects with StoreUnavailableError after `timeoutMs`. For the CLI and tests. */
  waitUntilReady(timeoutMs: number): Promise<void> {
    if (this.state === "ready") return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timeout);
        this.waiters.delete(done);
        resolve();
      };
      const timeout = setTimeout(() => {
        this.waiters.delete(done);
        reject(
          new StoreUnavailableError(
            `Neo4j at ${redactUri(this.options.uri)} did not answer within ${timeoutMs} ms (${this.lastReason})`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(done);
    });
  }

  async close(): Promise<void> {
    this.state = "closed";
    clearTimeout(this.timer);
    await this.attempt?.catch(() => undefined);
    await this.driver.close();
  }

  private nudge(): void {
    if (this.attempt || Date.now() - this.lastAttemptAt < (this.options.minDelayMs ?? 1_000)) return;
    clearTimeout(this.timer);
    this.connect();
  }

  private connect(): void {
    if (this.attempt || this.state === "closed") return;
    this.lastAttemptAt = Date.now();
    const uri = redactUri(this.options.uri);
    this.log.info("neo4j: connecting", { uri, database: this.options.database ?? "(default)" });
    this.attempt = this.tryOnce()
      .then(() => {
        if (this.state === "closed") return;
        this.state = "ready";
        this.delayMs = this.options.minDelayMs ?? 1_000;
        this.log.info("neo4j: connected", { uri, version: this.version });
        for (const wake of [...this.waiters]) wake();
      })
      .catch((err: unknown) => {
        if (this.state === "closed") return;
        this.lastReason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
        this.log.warn("neo4j: unavailable; retrying", {
          uri,
          retryInMs: this.delayMs,
          reason: this.lastReason,
        });
        this.timer = setTimeout(() => this.connect(), this.delayMs);
        this.timer.unref(); // a pending retry must not keep a finished process (CLI, tests) alive
        this.delayMs = Math.min(this.delayMs * 2, this.options.maxDelayMs ?? 30_000);
      })
      .finally(() => {
        this.attempt = undefined;
      });
  }

  private async tryOnce(): Promise<void> {
    const database = this.options.database;
    const info = await this.driver.getServerInfo(database ? { database } : {});
    this.version = info.agent?.replace(/^Neo4j\//i, "") ?? undefined;
    if (this.options.applySchema !== false) await applySchema(this.driver, database);
  }
}
