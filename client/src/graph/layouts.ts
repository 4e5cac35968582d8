// One-shot layouts beside ForceAtlas2: circular (a clean restart) and noverlap (pull overlapping nodes apart).
import { circular } from "graphology-layout";
import noverlapModule from "graphology-layout-noverlap";
import type { ExplorerGraph } from "./graph-data.js";

// CommonJS: TypeScript (NodeNext) sees the function under `.default`, the bundler hands over the function.
type Noverlap = typeof noverlapModule.default;
const noverlap: Noverlap =
  (noverlapModule as unknown as { default?: Noverlap }).default ?? (noverlapModule as unknown as Noverlap);

/** Positions that leave pinned nodes where the user put them. */
function applyUnpinned(graph: ExplorerGraph, positions: Record<string, { x: number; y: number }>): void {
  graph.updateEachNodeAttributes((id, attrs) => {
    const p = positions[id];
    return p && !attrs.pinned ? { ...attrs, x: p.x, y: p.y } : attrs;
  });
}

/** Puts the nodes on a circle, scaled to the drawing's current spread. */
export function circularLayout(graph: ExplorerGraph): void {
  applyUnpinned(graph, circular(graph, { scale: 100 }) as Record<string, { x: number; y: number }>);
}

/** Nudges nodes until none overlap (sizes in graph units), keeping the overall shape. */
export function noverlapLayout(graph: ExplorerGraph): void {
  if (graph.order < 2) return;
  applyUnpinned(graph, noverlap(graph, { maxIterations: 200, settings: { margin: 4, ratio: 1.2 } }));
}
