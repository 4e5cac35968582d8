// Shortest paths between two nodes for the memory store: direction ignored, relationship types filtered.
import type { GraphPath } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { PathOptions } from "../graph-store.js";
import { readEdge, readNode, type MemoryGraph } from "./graph-types.js";
import { kShortestSimplePaths } from "./k-shortest-paths.js";

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

  const neighbours = new Map<string, Set<string>>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (source === target || !edgeAllowed(edge)) return;
    link(neighbours, source, target);
    link(neighbours, target, source);
  });
  const sorted = new Map<string, string[]>();
  const adjacency = (node: string): readonly string[] => {
    let list = sorted.get(node);
    if (!list) sorted.set(node, (list = [...(neighbours.get(node) ?? [])].sort(compareIds)));
    return list;
  };

  return kShortestSimplePaths(adjacency, from, to, options.k, options.maxHops).map((sequence) => ({
    nodes: sequence.map((id) => readNode(graph, id)),
    edges: sequence
      .slice(1)
      .map((id, i) => readEdge(graph, cheapestEdge(graph, sequence[i]!, id, edgeAllowed))),
  }));
}

function cheapestEdge(graph: MemoryGraph, a: string, b: string, allowed: (edge: string) => boolean): string {
  const between = [...graph.edges(a, b), ...graph.edges(b, a)].filter(allowed).sort(compareIds);
  return between[0]!; // the adjacency only links nodes joined by an allowed edge
}

function link(neighbours: Map<string, Set<string>>, a: string, b: string): void {
  let set = neighbours.get(a);
  if (!set) neighbours.set(a, (set = new Set()));
  set.add(b);
}
