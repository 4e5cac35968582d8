// The memory store's most-connected nodes: what the initial view of a large graph shows (GET /api/overview).
import type { NodeId } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { MemoryGraph } from "./graph-types.js";

/**
 * Up to `limit` node ids, highest degree first (every incident relationship counted once, as `degree()`
 * counts them), ties by id. One pass over the nodes plus a sort: O(n log n), no per-node allocation.
 */
export function topByDegree(graph: MemoryGraph, limit: number): NodeId[] {
  const ranked: { id: NodeId; degree: number }[] = [];
  graph.forEachNode((id) => {
    // graphology's degree counts a self-loop at both ends; degree() in the store counts it once.
    const selfLoops = graph.degree(id) - graph.degreeWithoutSelfLoops(id);
    ranked.push({ id, degree: graph.degreeWithoutSelfLoops(id) + selfLoops / 2 });
  });
  ranked.sort((a, b) => b.degree - a.degree || compareIds(a.id, b.id));
  return ranked.slice(0, limit).map((r) => r.id);
}
