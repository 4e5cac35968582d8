// What a path search reads while the memory store's graph fills after a restore: nodes and edges from the snapshot's columns.
import { indexOfSortedId } from "../../domain/ordering.js";
import type { ColumnarGraph } from "./columnar-graph.js";
import type { PathGraph } from "./paths.js";

/** A PathGraph over a ColumnarGraph: ids by binary search; edge indices follow edge ids, so the smallest wins. */
export function columnarPathGraph(columns: ColumnarGraph): PathGraph {
  const indexOf = (id: string) => indexOfSortedId(columns.nodeIds, id);
  return {
    hasNode: (id) => indexOf(id) >= 0,
    readNode: (id) => columns.readNode(indexOf(id)),
    cheapestEdge(a, b, allowed) {
      const [from, to] = [indexOf(a), indexOf(b)];
      let best = -1;
      // Out-edges of each end that reach the other: both directions, parallel edges included.
      for (const [node, other] of [
        [from, to],
        [to, from],
      ] as const) {
        for (let slot = columns.outOffsets[node]!, end = columns.outOffsets[node + 1]!; slot < end; slot++) {
          const edge = columns.outEdges[slot]!;
          if (columns.targets[edge] !== other || !allowed(columns.edgeType(edge))) continue;
          if (best < 0 || edge < best) best = edge;
        }
      }
      return columns.readEdge(best); // the adjacency only links nodes joined by an allowed edge
    },
  };
}
