// The memory store's distinct-neighbour counts for degree(): one pass over the node's incident edges.
import type { NeighborCounts } from "../../domain/model.js";
import { countNeighbors, type IncidentRel } from "../../domain/neighbor-counts.js";
import type { MemoryGraph } from "./graph-types.js";

export function neighborCounts(graph: MemoryGraph, id: string): NeighborCounts {
  const rels: IncidentRel[] = [];
  graph.forEachOutEdge(id, (_e, attrs, _s, target) =>
    rels.push({ type: attrs.type, out: true, other: target }),
  );
  graph.forEachInEdge(id, (_e, attrs, source) => rels.push({ type: attrs.type, out: false, other: source }));
  return countNeighbors(id, rels);
}
