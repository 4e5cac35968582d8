// The initial view: the whole graph when it is small, else its best-connected part with the totals.
import type { GraphEdge, GraphNode, NodeId } from "./model.js";
import type { GraphStore } from "../store/graph-store.js";

/**
 * Defaults for what the browser draws first. 2,000 nodes / 10,000 edges keep the first paint and the
 * ForceAtlas2 settle comfortable on a laptop (see bench/changes/client.md); beyond them the client
 * switches to search-and-expand on a top-degree overview.
 */
export const OVERVIEW_NODE_LIMIT = 2000;
export const OVERVIEW_EDGE_LIMIT = 10_000;

export interface OverviewOptions {
  nodeLimit: number;
  edgeLimit: number;
}

export interface Overview {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the store holds more than `nodes` and `edges`: the view is a part of the graph. */
  truncated: boolean;
  /** Totals in the store, so the client can say "showing N of M". */
  nodeCount: number;
  edgeCount: number;
}

/**
 * The whole graph when it fits both limits; otherwise the `nodeLimit` nodes of highest degree and the edges
 * among them, at most `edgeLimit` of them (those between the best-ranked nodes kept first).
 * @example await overview(store, { nodeLimit: 2000, edgeLimit: 10_000 })
 */
export async function overview(store: GraphStore, options: OverviewOptions): Promise<Overview> {
  const { counts } = await store.info();
  if (counts.nodes <= options.nodeLimit && counts.relationships <= options.edgeLimit) {
    const all = await store.exportAll();
    // Counted from the export itself, so a write between the two reads cannot make the totals disagree.
    return {
      nodes: all.nodes,
      edges: all.edges,
      truncated: false,
      nodeCount: all.nodes.length,
      edgeCount: all.edges.length,
    };
  }
  const ids = await store.topByDegree(options.nodeLimit);
  const sub = await store.subgraph(ids, {});
  return {
    nodes: sub.nodes,
    edges: keepBestEdges(sub.edges, ids, options.edgeLimit),
    truncated: true,
    nodeCount: counts.nodes,
    edgeCount: counts.relationships,
  };
}

/** At most `limit` edges, preferring those whose lower-ranked end ranks best; the result stays sorted by id. */
function keepBestEdges(edges: GraphEdge[], ranking: readonly NodeId[], limit: number): GraphEdge[] {
  if (edges.length <= limit) return edges;
  const rank = new Map(ranking.map((id, i) => [id, i] as const));
  const worstEnd = (e: GraphEdge) =>
    Math.max(rank.get(e.source) ?? ranking.length, rank.get(e.target) ?? ranking.length);
  const kept = new Set(
    [...edges]
      .sort((a, b) => worstEnd(a) - worstEnd(b))
      .slice(0, limit)
      .map((e) => e.id),
  );
  return edges.filter((e) => kept.has(e.id));
}
