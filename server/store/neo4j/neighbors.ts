// Breadth-first neighbourhood for the Neo4j store: one indexed query per hop, the cut and order in TypeScript.
import type { ManagedTransaction, Node, Relationship } from "neo4j-driver";
import type { Subgraph } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { NeighborOptions } from "../graph-store.js";
import { toGraphEdge, toGraphNode } from "./mappers.js";
import * as Q from "./queries.js";

/**
 * Same semantics as the memory store (server/store/memory/neighbors.ts): BFS up to `depth` hops over
 * `relTypes` edges in `direction`; nodes outside `types` neither returned nor traversed; neighbours
 * sorted by (distance, id), `offset` skipped, then `limit` kept; edges = allowed edges among the returned nodes, by id.
 * Hop-by-hop keeps the work proportional to the neighbourhood instead of enumerating paths.
 */
export async function neighborhood(
  tx: ManagedTransaction,
  id: string,
  options: NeighborOptions,
): Promise<Subgraph | null> {
  const start = await tx.run(Q.GET_NODE, { id });
  if (start.records.length === 0) return null;
  const relTypes = options.relTypes?.length ? options.relTypes : null;
  const types = options.types?.length ? options.types : null;
  const expand = Q.expandFrontier(options.direction);

  const offset = options.offset ?? 0;
  const distance = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let hop = 1; hop <= options.depth && frontier.length > 0; hop++) {
    const result = await tx.run(expand, { frontier, relTypes, types });
    frontier = result.records.map((r) => String(r.get("id"))).filter((other) => !distance.has(other));
    for (const other of frontier) distance.set(other, hop);
    // Later hops only add farther nodes, which sort after every node found so far: stop once the cut is certain.
    if (distance.size - 1 > offset + options.limit) break;
  }

  const found = [...distance.keys()]
    .filter((node) => node !== id)
    .sort((a, b) => distance.get(a)! - distance.get(b)! || compareIds(a, b));
  const kept = found.slice(offset, offset + options.limit);
  const ids = [id, ...kept];

  const nodesResult = await tx.run(Q.GET_NODES, { ids });
  const byId = new Map(
    nodesResult.records.map((r) => {
      const n = toGraphNode(r.get("n") as Node);
      return [n.id, n] as const;
    }),
  );
  const edgesResult = await tx.run(Q.EDGES_AMONG, { ids, relTypes });
  const edges = edgesResult.records
    .map((r) => toGraphEdge(r.get("r") as Relationship, r.get("source"), r.get("target")))
    .sort((a, b) => compareIds(a.id, b.id));

  return {
    nodes: ids.map((node) => byId.get(node)!),
    edges,
    truncated: found.length > offset + kept.length,
  };
}
