// Builds a Neo4jStore from connection settings: the entry point create-store.ts and the seed CLI use.
import { createDriver, type DriverTimeouts, type Neo4jConnectionConfig } from "./driver.js";
import { Neo4jStore, type Neo4jStoreOptions } from "./neo4j-store.js";

export type CreateNeo4jStoreOptions = Omit<Neo4jStoreOptions, "uri" | "database"> & DriverTimeouts;

/**
 * Creates the driver and the store, and starts connecting in the background: the call returns at
 * once even when the database is down (calls then answer StoreUnavailableError until it is back).
 * @example
 * const store = createNeo4jStore({ uri: "neo4j://db:7687", user: "neo4j", password }, { log });
 * await store.waitUntilReady(60_000); // optional: only the CLI and tests wait
 */
export function createNeo4jStore(
  config: Neo4jConnectionConfig,
  options: CreateNeo4jStoreOptions = {},
): Neo4jStore {
  const { connectionTimeoutMs, maxTransactionRetryTimeMs, ...storeOptions } = options;
  const driver = createDriver(config, { connectionTimeoutMs, maxTransactionRetryTimeMs });
  return new Neo4jStore(driver, {
    ...storeOptions,
    ...(maxTransactionRetryTimeMs !== undefined ? { maxTransactionRetryTimeMs } : {}),
    uri: config.uri,
    ...(config.database ? { database: config.database } : {}),
  });
}
