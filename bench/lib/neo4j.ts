// The benchmark's Neo4j: a store on BENCH_NEO4J_URI (default the local port 7696), or null when none answers.
import type { Neo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import { createNeo4jStore } from "../../server/store/neo4j/create-neo4j-store.js";

export const BENCH_NEO4J_URI = process.env.BENCH_NEO4J_URI || "bolt://127.0.0.1:7696";

/**
 * A connected store with the schema applied, or null (with the reason logged) when Neo4j is not running.
 * `applySchema: false` for a process that only reads a database another one (run.ts) has set up;
 * `queryTimeoutMs` for a read longer than the store's default 10 s limit (big-results' eager baseline).
 */
export async function openNeo4j({
  applySchema = true,
  queryTimeoutMs,
}: { applySchema?: boolean; queryTimeoutMs?: number } = {}): Promise<Neo4jStore | null> {
  const store = createNeo4jStore(
    { uri: BENCH_NEO4J_URI, user: "neo4j", password: process.env.NEO4J_PASSWORD || "explorer-local-dev" },
    {
      connectionTimeoutMs: 3_000,
      maxTransactionRetryTimeMs: 120_000,
      applySchema,
      ...(queryTimeoutMs !== undefined ? { queryTimeoutMs } : {}),
    },
  );
  try {
    await store.waitUntilReady(15_000);
    return store;
  } catch (error) {
    console.log(`  Neo4j not reachable at ${BENCH_NEO4J_URI}: ${String(error)}`);
    await store.close();
    return null;
  }
}

/** The server's version string, e.g. "5.26.30". */
export async function neo4jVersion(store: Neo4jStore): Promise<string> {
  return (await store.info()).version ?? "unknown";
}
