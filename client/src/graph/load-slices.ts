// Loading a large view without one long main-thread task: derived attributes first, then the graph in slices.
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import { planAdditions } from "../state/expansion.js";
import { addEdge, nodeAttributes, sizeForDegree, type ExplorerGraph } from "./graph-data.js";
import { parallelCurvatures } from "./parallel-edges.js";

/** At most this many items between two yields… */
export const SLICE_SIZE = 1000;
/** …and no more than this much time: a slice stays far under the 50 ms long-task line on a slow machine too. */
export const SLICE_BUDGET_MS = 12;

/** Lets the browser run a frame and input between slices (scheduler.yield where it exists). */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Same result as `loadGraph` (nodes on a circle, degree sizes, parallel-edge curvatures), but sizes and
 * curvatures are computed from the data before anything is added, so no whole-graph update pass follows,
 * and nodes and edges are added in slices (at most `sliceSize` items or `budgetMs`) with a yield between. Sigma indexes each added
 * item as it arrives, so each slice's cost is bounded. Measured in bench/suites/layout.ts (client settle).
 */
export async function loadGraphInSlices(
  graph: ExplorerGraph,
  data: { nodes: GraphNode[]; edges: GraphEdge[] },
  options: { sliceSize?: number; budgetMs?: number; yieldFn?: () => Promise<void> } = {},
): Promise<void> {
  const sliceSize = options.sliceSize ?? SLICE_SIZE;
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const pause = options.yieldFn ?? yieldToBrowser;
  /** Runs `add(i)` for i in [from, to), yielding after `sliceSize` items or `budget` ms, whichever comes first. */
  async function inSlices(from: number, to: number, add: (i: number) => void): Promise<void> {
    let i = from;
    while (i < to) {
      await pause();
      const started = performance.now();
      const end = Math.min(i + sliceSize, to);
      // The clock is read every 64 items: reading it per item would cost more than the items.
      while (i < end) {
        add(i++);
        if ((i & 63) === 0 && performance.now() - started > budget) break;
      }
    }
  }
  graph.clear();
  const { nodes, edges } = planAdditions(graph, data);
  const degree = new Map<string, number>();
  // graphology's degree counts a self-loop at both ends; counting source and target does the same.
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  await pause();
  const curvatures = parallelCurvatures(edges);
  await inSlices(0, nodes.length, (i) => {
    const node = nodes[i]!;
    // The circle graphology-layout's `circular` gives with scale 100 (what loadGraph starts from).
    const angle = (2 * Math.PI * i) / nodes.length;
    const attrs = nodeAttributes(node, 100 * Math.cos(angle), 100 * Math.sin(angle));
    attrs.size = sizeForDegree(degree.get(node.id) ?? 0);
    graph.addNode(node.id, attrs);
  });
  await inSlices(0, edges.length, (i) => addEdge(graph, edges[i]!, curvatures.get(edges[i]!.id) ?? 0));
}
