// Shortest paths between two nodes for the memory store: direction ignored, relationship types filtered.
import type { GraphPath } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { PathOptions } from "../graph-store.js";
import { readEdge, readNode, type MemoryGraph } from "./graph-types.js";
import { kShortestSimplePaths, type Neighbours } from "./k-shortest-paths.js";

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
  from: string,
  to: string,
  options: PathOptions,
): GraphPath[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const relTypes = options.relTypes?.length ? new Set<string>(options.relTypes) : null;
  const edgeAllowed = (edge: string) => !relTypes || relTypes.has(graph.getEdgeAttribute(edge, "type"));

  // Walked lazily from graphology's own incidence lists: a request touches only the edges its
  // searches reach, never the whole graph.
  const neighbours: Neighbours = (node, visit) =>
    graph.forEachEdge(node, (_edge, attrs, source, target) => {
      if (source === target || (relTypes && !relTypes.has(attrs.type))) return;
      visit(source === node ? target : source);
    });

  return kShortestSimplePaths(neighbours, from, to, options.k, options.maxHops, (node) =>
    graph.degree(node),
  ).map((sequence) => ({
    nodes: sequence.map((id) => readNode(graph, id)),
    edges: sequence
      .slice(1)
      .map((id, i) => readEdge(graph, cheapestEdge(graph, sequence[i]!, id, edgeAllowed))),
  }));
}

function cheapestEdge(graph: MemoryGraph, a: string, b: string, allowed: (edge: string) => boolean): string {
  const between = [...graph.edges(a, b), ...graph.edges(b, a)].filter(allowed).sort(compareIds);
  return between[0]!; // `neighbours` only links nodes joined by an allowed edge
}
