// The port a briefing needs to turn a saved Cypher query into a subgraph; only a Neo4j deployment provides one.
import type { Subgraph } from "../model.js";

/**
 * Runs a saved query (cypher/queries/<name>.cypher) with parameters and returns the nodes and
 * relationships it matched. Implementations throw NotFoundError for an unknown name and
 * InvalidArgumentError for bad parameters; the briefing never sees Cypher or the driver.
 */
export interface SavedQueryRunner {
  runSavedQuery(name: string, params: Record<string, unknown>): Promise<Subgraph>;
}
