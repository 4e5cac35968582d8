// PageRank over the briefing's 2-hop subgraph, deterministic: ids sorted, direction ignored, scores rounded.
import { createRequire } from "node:module";
import { UndirectedGraph } from "graphology";
import type { NodeId, Subgraph } from "../model.js";
import { compareIds } from "../ordering.js";

type PagerankFn = (graph: UndirectedGraph, options?: { getEdgeWeight: null }) => Record<string, number>;
// graphology-metrics ships CommonJS whose typings declare an ES default export: require it as it is.
const pagerank = createRequire(import.meta.url)("graphology-metrics/centrality/pagerank") as PagerankFn;

/**
 * PageRank per node of `sub`, rounded to 6 decimals. Direction is ignored because a briefing asks
 * "how connected", not "who points at whom"; parallel relationships count once, as one tie.
 * Nodes and edges are inserted in id order so the iteration, and its floating-point sums, never vary.
 */
export function pageRank(sub: Subgraph): Map<NodeId, number> {
  const graph = new UndirectedGraph();
  for (const id of sub.nodes.map((n) => n.id).sort(compareIds)) graph.addNode(id);
  for (const edge of [...sub.edges].sort((a, b) => compareIds(a.id, b.id))) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target);
  }
  if (graph.size === 0) return new Map(graph.mapNodes((id) => [id, 0] as [string, number]));
  const scores = pagerank(graph, { getEdgeWeight: null });
  return new Map(Object.entries(scores).map(([id, score]) => [id, Math.round(score * 1e6) / 1e6]));
}

/** The `count` best-scored ids, best first, ties by id; `exclude` (the subjects) never ranked. */
export function topRanked(
  scores: Map<NodeId, number>,
  count: number,
  exclude: ReadonlySet<NodeId>,
): NodeId[] {
  return [...scores]
    .filter(([id]) => !exclude.has(id))
    .sort(([a, sa], [b, sb]) => sb - sa || compareIds(a, b))
    .slice(0, count)
    .map(([id]) => id);
}
