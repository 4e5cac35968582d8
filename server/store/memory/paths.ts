// Shortest paths between two nodes for the memory store: direction ignored, relationship types filtered.
import type { GraphEdge, GraphNode, GraphPath } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { PathOptions } from "../graph-store.js";
import { readEdge, readNode, type MemoryGraph } from "./graph-types.js";
import { kShortestSimplePaths } from "./k-shortest-paths.js";
import { indexOfNode, searchSpace, type PathAdjacency } from "./path-adjacency.js";

/** What a path search reads besides the adjacency: the graph's (below) or, while it fills, the columns'. */
export interface PathGraph {
  hasNode(id: string): boolean;
  readNode(id: string): GraphNode;
  /** The relationship of an allowed type with the smallest id between `a` and `b`, either direction. */
  cheapestEdge(a: string, b: string, allowed: (type: string) => boolean): GraphEdge;
}

/** A PathGraph over graphology. */
export function graphologyPathGraph(graph: MemoryGraph): PathGraph {
  return {
    hasNode: (id) => graph.hasNode(id),
    readNode: (id) => readNode(graph, id),
    cheapestEdge(a, b, allowed) {
      const between = [...graph.edges(a, b), ...graph.edges(b, a)]
        .filter((edge) => allowed(graph.getEdgeAttribute(edge, "type")))
        .sort(compareIds);
      return readEdge(graph, between[0]!); // the adjacency only links nodes joined by an allowed edge
    },
  };
}

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
  graph: PathGraph,
  adjacency: () => PathAdjacency,
  from: string,
  to: string,
  options: PathOptions,
): GraphPath[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const relTypes = options.relTypes?.length ? options.relTypes : null;
  const allowedTypes = relTypes && new Set<string>(relTypes);
  const typeAllowed = (type: string) => !allowedTypes || allowedTypes.has(type);

  // Searched over integers: graphology's incidence lists cost a callback, an attribute object and a
  // string-keyed map lookup per edge; the typed arrays cost a few array reads.
  const integers = adjacency();
  const space = searchSpace(integers, relTypes);
  const [start, goal] = [indexOfNode(integers, from), indexOfNode(integers, to)];

  return kShortestSimplePaths(space, start, goal, options.k, options.maxHops).map((indices) => {
    const sequence = indices.map((index) => integers.ids[index]!);
    return {
      nodes: sequence.map((id) => graph.readNode(id)),
      edges: sequence.slice(1).map((id, i) => graph.cheapestEdge(sequence[i]!, id, typeAllowed)),
    };
  });
}
