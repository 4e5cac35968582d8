// The Neo4j store's most-connected nodes: what the initial view of a large graph shows (GET /api/overview).
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { NodeId } from "../../domain/model.js";

/**
 * Params: limit. Degree as `DEGREE` counts it (every incident relationship once, any direction); ties by id.
 * COUNT {} reads each node's relationship counts from the store's degree cache, so this is one node scan
 * with a top-k sort, not an expansion of every relationship.
 */
export const TOP_BY_DEGREE = `
MATCH (n:Entity)
WITH n.id AS id, COUNT { (n)-[]-() } AS degree
ORDER BY degree DESC, id ASC
LIMIT $limit
RETURN id`;

/** Up to `limit` node ids, highest degree first, ties by id (same semantics as the memory store). */
export async function topByDegree(tx: ManagedTransaction, limit: number): Promise<NodeId[]> {
  const result = await tx.run(TOP_BY_DEGREE, { limit: neo4j.int(limit) });
  return result.records.map((r) => r.get("id") as string);
}
