// A SavedQueryRunner over the Cypher console: finds the saved query by name and runs it read-only.
import type { CypherConsole } from "../cypher.js";
import { findSavedQuery, loadSavedQueries, paramsWithDefaults, type SavedQuery } from "../saved-queries.js";
import type { SavedQueryRunner } from "./saved-query.js";

/** A saved query's rows feed the briefing's graph only; this many are plenty for one printable document. */
const MAX_ROWS = 1_000;

/**
 * Adapts the console (present on the Neo4j store) to the briefing's port. Queries always run in read
 * mode, as the saved-query route runs them; the files are read once, on first use.
 */
export function consoleSavedQueryRunner(console: CypherConsole, dir: string): SavedQueryRunner {
  let loaded: Promise<SavedQuery[]> | undefined;
  return {
    async runSavedQuery(name, params) {
      loaded ??= loadSavedQueries(dir);
      const saved = findSavedQuery(await loaded, name);
      const result = await console.run({
        query: saved.query,
        params: paramsWithDefaults(saved, params),
        limit: MAX_ROWS,
        mode: "read",
      });
      return { nodes: result.graph.nodes, edges: result.graph.edges, truncated: result.truncated };
    },
  };
}
