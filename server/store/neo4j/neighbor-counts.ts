// The Neo4j store's distinct-neighbour counts for degree(): the node's relationships to other entities, counted in TS.
import type { ManagedTransaction } from "neo4j-driver";
import type { NeighborCounts } from "../../domain/model.js";
import { countNeighbors, type IncidentRel } from "../../domain/neighbor-counts.js";

/** Params: id. One row per relationship to another :Entity, as neighbour paging sees them. */
export const INCIDENT_NEIGHBORS = `
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE m <> n
RETURN type(r) AS type, startNode(r) = n AS out, m.id AS other`;

export async function neighborCounts(tx: ManagedTransaction, id: string): Promise<NeighborCounts> {
  const result = await tx.run(INCIDENT_NEIGHBORS, { id });
  const rels: IncidentRel[] = result.records.map((r) => ({
    type: r.get("type"),
    out: r.get("out") === true,
    other: r.get("other") as string,
  }));
  return countNeighbors(id, rels);
}
