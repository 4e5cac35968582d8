// A large view's full process without its edges in the same task: they follow a slice per frame, then show.
import type Sigma from "sigma";
import { STRUCTURAL_EVENTS, type ExplorerGraph } from "../graph/graph-data.js";
import type { EdgeLayer } from "./edge-layer.js";
import { EDGE_CHUNK, EDGE_FRAME_BUDGET_MS } from "./layout-frames.js";
import { interceptProcess, type EdgeWriter, type ProcessHooks } from "./sigma-edge-writes.js";

/** Above this many edges a process that must redo every edge leaves them to later frames. */
export const DEFER_EDGES_ABOVE = 2_000;

export interface EdgeWritesOptions {
  /** Runs `run` at the next animation frame. */
  frameRequest?: (run: () => void) => void;
  /** The clock for the per-frame budget (ms). */
  now?: () => number;
  /** Wraps Sigma's process (render/sigma-edge-writes.ts; a fake in tests). */
  intercept?: (sigma: Sigma, graph: ExplorerGraph, hooks: ProcessHooks) => EdgeWriter | null;
  minEdges?: number;
}

export interface EdgeWritesInSlices {
  /** Edges a process left are still being indexed and written, or are not drawn yet. */
  pending(): boolean;
  kill(): void;
}

/**
 * Sigma runs one full `process()` after nodes or edges are added or dropped: on a freshly loaded 10k-edge view
 * that is one main-thread task of tens of ms, most of it indexing and writing every edge into its program. Here
 * such a process does the nodes only (render/sigma-edge-writes.ts), and the edges follow in the next frames,
 * `EDGE_CHUNK` at a time for up to `EDGE_FRAME_BUDGET_MS` a frame, hidden until Sigma has drawn them all. The
 * result is what the process would have drawn: the same order, slots, fingerprints and writes.
 *
 * Deferred only on a view above `minEdges` edges, and only when the edges on screen are stale or hidden anyway:
 * nodes or edges were added or dropped since the last process, edges are still pending, or the layer is hidden
 * (the layout's cheap frames, the stop's re-index). A repaint of a settled view (hover, filters) keeps Sigma's
 * own process, so its edges never blink. A process meanwhile that does every edge itself ends the pending ones;
 * one that defers again starts them over (the slots may have moved).
 */
export function createEdgeWritesInSlices(
  sigma: Sigma,
  graph: ExplorerGraph,
  layer: EdgeLayer,
  options: EdgeWritesOptions = {},
): EdgeWritesInSlices {
  const frameRequest = options.frameRequest ?? ((run) => void requestAnimationFrame(run));
  const now = options.now ?? (() => performance.now());
  const minEdges = options.minEdges ?? DEFER_EDGES_ABOVE;
  /** Nodes or edges added or dropped since Sigma's last process: the edges on screen are stale. */
  let structureChanged = false;
  /** The last process left edges, not all drawn yet. */
  let active = false;
  /** A frame is asked for: `step` will run. */
  let stepping = false;
  /** Every edge is written: shown once Sigma has drawn them. */
  let awaitingRender = false;

  const markChanged = () => (structureChanged = true);
  for (const event of STRUCTURAL_EVENTS) graph.on(event, markChanged);

  const writer = (options.intercept ?? interceptProcess)(sigma, graph, {
    deferEdges: () => graph.size > minEdges && (structureChanged || active || layer.hidden()),
    processed(deferred) {
      structureChanged = false;
      awaitingRender = false;
      active = deferred > 0;
      // None left: this process did every edge itself, and the render it runs in draws them.
      layer.hide("writes", deferred > 0);
      if (deferred > 0 && !stepping) {
        stepping = true;
        frameRequest(step);
      }
    },
  });

  function step(): void {
    stepping = false;
    if (!writer || !active || awaitingRender) return;
    const started = now();
    let left = writer.left();
    while (left > 0 && now() - started < EDGE_FRAME_BUDGET_MS) {
      const before = left;
      left = writer.writeNext(EDGE_CHUNK);
      // No progress: a process is pending, and it will start the edges over.
      if (left === before) break;
    }
    if (left > 0) {
      stepping = true;
      frameRequest(step);
      return;
    }
    awaitingRender = true;
    sigma.scheduleRender();
  }

  const drawn = () => {
    if (!awaitingRender) return;
    awaitingRender = false;
    active = false;
    layer.hide("writes", false);
  };
  sigma.on("afterRender", drawn);

  return {
    pending: () => active,
    kill() {
      for (const event of STRUCTURAL_EVENTS) graph.removeListener(event, markChanged);
      sigma.removeListener("afterRender", drawn);
      writer?.restore();
      active = false;
      awaitingRender = false;
    },
  };
}
