// Picks and builds the GraphStore from the config: Neo4j when NEO4J_URI is set, else the seeded memory store.
import { loadSeed } from "../../seed/load-seed.js";
import type { Config } from "../config.js";
import { configureVocabulary } from "../domain/vocabulary-config.js";
import type { Logger } from "../logger.js";
import type { GraphStore } from "./graph-store.js";
import { createMemoryStore } from "./memory/memory-store.js";
import { createPersistentMemoryStore } from "./memory/persist.js";
import { createNeo4jStore } from "./neo4j/create-neo4j-store.js";

/**
 * The store main.ts serves. The memory store is loaded from the seed at every start (it holds
 * nothing across restarts); the Neo4j store reads what `npm run seed` wrote.
 * @throws SeedValidationError when the seed is invalid. The Neo4j branch never throws: it retries in the background.
 */
export async function createStore(config: Config, logger: Logger): Promise<GraphStore> {
  configureVocabulary(config); // extra types for non-seed graphs, before anything validates or writes
  if (config.NEO4J_URI) {
    // ── NEO4J BRANCH ───────────────────────────────────────────────────────────────────────────
    // Returns at once even when the database is down: the store connects (and applies
    // cypher/schema.cypher) in the background with backoff, answering 503 store_unavailable until then.
    // It logs the URI it tries, never the password.
    return createNeo4jStore(
      {
        uri: config.NEO4J_URI,
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD,
        database: config.NEO4J_DATABASE,
      },
      { log: logger, queryTimeoutMs: config.CYPHER_TIMEOUT_MS },
    );
  }
  if (config.DATA_DIR) {
    // Durable embedded store: the newest snapshot in DATA_DIR; the seed only when it holds none (memory/persist.ts).
    const store = await createPersistentMemoryStore({
      dataDir: config.DATA_DIR,
      seed: () => loadSeed(config.SEED_DIR),
      logger,
    });
    logger.info("memory store loaded from its data directory", {
      dataDir: config.DATA_DIR,
      ...(await store.info()).counts,
    });
    return store;
  }
  const seed = await loadSeed(config.SEED_DIR);
  const store = await createMemoryStore(seed);
  logger.info("memory store loaded from the seed", {
    seedDir: config.SEED_DIR,
    ...(await store.info()).counts,
  });
  return store;
}
