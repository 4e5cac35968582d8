// The memory store's distinct-neighbour counts for degree(): one pass over the node's incident edges.
import type { Degree, NeighborCounts } from "../../domain/model.js";
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

/**
 * `degree` with its per-type objects' keys in type order. Counted from graphology, their order would be
 * whatever its incidence lists hold (which the history of writes decides); counted from the columns, the
 * edges' order. One fixed order makes both answers the same, byte for byte.
 */
export function inTypeOrder(degree: Degree): Degree {
  const neighbors = degree.neighbors && { ...degree.neighbors, byType: sortKeys(degree.neighbors.byType) };
  return { total: degree.total, byType: sortKeys(degree.byType), ...(neighbors && { neighbors }) };
}

function sortKeys<T extends object>(record: T): T {
  const sorted = {} as T;
  for (const key of (Object.keys(record) as (keyof T & string)[]).sort()) sorted[key] = record[key];
  return sorted;
}
