// Shortest paths between two nodes for the memory store: direction ignored, relationship types filtered.
import type { GraphPath } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { PathOptions } from "../graph-store.js";
import { readEdge, readNode, type MemoryGraph } from "./graph-types.js";
import { kShortestSimplePaths } from "./k-shortest-paths.js";
import { indexOfNode, searchSpace, type PathAdjacencyCache } from "./path-adjacency.js";

/**
 * Up to `k` shortest simple paths between `from` and `to`, or null when either end is unknown.
 *
 * - Direction is ignored; only edges of `relTypes` (all when none) count.
 * - Paths are distinct node sequences with at most `maxHops` edges, ordered by hop count, then by
 *   the node-id sequence; [] when none exists within `maxHops`.
 * - Each hop uses the allowed edge with the smallest id between its two nodes, in either direction.
 * - `from === to` gives one path holding just that node and no edges.
 */
export function shortestPaths(
  graph: MemoryGraph,
  adjacencyCache: PathAdjacencyCache,
  from: string,
  to: string,
  options: PathOptions,
): GraphPath[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const relTypes = options.relTypes?.length ? options.relTypes : null;
  const allowedTypes = relTypes && new Set<string>(relTypes);
  const edgeAllowed = (edge: string) =>
    !allowedTypes || allowedTypes.has(graph.getEdgeAttribute(edge, "type"));

  // Searched over integers: graphology's incidence lists cost a callback, an attribute object and a
  // string-keyed map lookup per edge; the typed arrays cost a few array reads.
  const adjacency = adjacencyCache.current();
  const space = searchSpace(adjacency, relTypes);
  const [start, goal] = [indexOfNode(adjacency, from), indexOfNode(adjacency, to)];

  return kShortestSimplePaths(space, start, goal, options.k, options.maxHops).map((indices) => {
    const sequence = indices.map((index) => adjacency.ids[index]!);
    return {
      nodes: sequence.map((id) => readNode(graph, id)),
      edges: sequence
        .slice(1)
        .map((id, i) => readEdge(graph, cheapestEdge(graph, sequence[i]!, id, edgeAllowed))),
    };
  });
}

function cheapestEdge(graph: MemoryGraph, a: string, b: string, allowed: (edge: string) => boolean): string {
  const between = [...graph.edges(a, b), ...graph.edges(b, a)].filter(allowed).sort(compareIds);
  return between[0]!; // the adjacency only links nodes joined by an allowed edge
}
