// Creates the process's Neo4j driver from config: bolt://, neo4j:// (routing) and their +s/+ssc variants.
import neo4j, { type Driver } from "neo4j-driver";

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
  /** Unset: the server's default database. */
  database?: string;
}

/** How long managed transactions (and the store's auto-commit reads) retry transient failures by default. */
export const DEFAULT_MAX_TRANSACTION_RETRY_TIME_MS = 5_000;

/** Tunables that matter for availability: how long a call may wait before answering 503. */
export interface DriverTimeouts {
  /** Opening a socket (default 5 s: a dead host must not hold requests for the driver's 30 s default). */
  connectionTimeoutMs?: number;
  /** How long managed transactions retry transient failures (default 5 s). */
  maxTransactionRetryTimeMs?: number;
}

/**
 * One driver per store, and one store per process (see server/store/create-store.ts). The scheme
 * picks the behaviour: neo4j:// asks the server for a routing table (works against a single
 * instance too), +s verifies TLS with system CAs, +ssc accepts a self-signed certificate.
 */
export function createDriver(config: Neo4jConnectionConfig, timeouts: DriverTimeouts = {}): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: timeouts.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: (timeouts.connectionTimeoutMs ?? 5_000) * 2,
    maxTransactionRetryTime: timeouts.maxTransactionRetryTimeMs ?? DEFAULT_MAX_TRANSACTION_RETRY_TIME_MS,
    userAgent: "chipgraph-explorer",
    // The store logs connection trouble itself (URI, retry delay); the driver's own warnings would repeat it.
    logging: { level: "error", logger: () => undefined },
  });
}

/** The URI without any user-info part, safe to log (the password is never part of what we print). */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z+]+:\/\/)[^@/]*@/i, "$1");
}
