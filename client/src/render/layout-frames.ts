// Cheap frames while ForceAtlas2 runs on a large view: nodes move every frame, edges come back when it stops.
import type Sigma from "sigma";
import { STRUCTURAL_EVENTS, type ExplorerGraph } from "../graph/graph-data.js";
import { createEdgeLayer, type EdgeLayer } from "./edge-layer.js";
import { createProcessInSlices, type ProcessInSlices } from "./process-in-slices.js";

/** A bounding box as Sigma keeps it (`getBBox`): [min, max] on each axis. */
export interface Box {
  x: [number, number];
  y: [number, number];
}

/**
 * Maps real positions into the coordinates Sigma's *current* normalisation expects, so a node lands on screen
 * where a fresh normalisation (after a full `process`) would put it: scale `s`, then translate.
 */
export interface Placement {
  s: number;
  /** Centre of the box Sigma normalises with. */
  ox: number;
  oy: number;
  /** Centre of the real positions now. */
  nx: number;
  ny: number;
}

/** Sigma's normalisation: centre and the larger side, 1 when degenerate (sigma/utils createNormalizationFunction). */
function frame(box: Box): { cx: number; cy: number; side: number } {
  let side = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0]);
  if (side === 0 || !Number.isFinite(side)) side = 1;
  const cx = (box.x[0] + box.x[1]) / 2;
  const cy = (box.y[0] + box.y[1]) / 2;
  return { cx: Number.isNaN(cx) ? 0 : cx, cy: Number.isNaN(cy) ? 0 : cy, side };
}

/** The placement that makes Sigma's normalisation for `indexed` behave like one for `now`. */
export function placementFor(indexed: Box, now: Box): Placement {
  const o = frame(indexed);
  const n = frame(now);
  return { s: o.side / n.side, ox: o.cx, oy: o.cy, nx: n.cx, ny: n.cy };
}

/** A real position → where to hand it to Sigma while the layout frames run. */
export function place(p: Placement, x: number, y: number): { x: number; y: number } {
  return { x: p.ox + p.s * (x - p.nx), y: p.oy + p.s * (y - p.ny) };
}

/** The inverse of `place`: Sigma's graph coordinates (a drag under the pointer, say) → a real position. */
export function unplace(p: Placement, x: number, y: number): { x: number; y: number } {
  return { x: p.nx + (x - p.ox) / p.s, y: p.ny + (y - p.oy) / p.s };
}

/** The box around every node's real position. */
export function positionsBox(graph: ExplorerGraph): Box {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity; // prettier-ignore
  graph.forEachNode((_id, a) => {
    if (a.x < minX) minX = a.x;
    if (a.x > maxX) maxX = a.x;
    if (a.y < minY) minY = a.y;
    if (a.y > maxY) maxY = a.y;
  });
  return { x: [minX, maxX], y: [minY, maxY] };
}

/** When the layout stops, edges are re-read and re-uploaded this many at a time… */
export const EDGE_CHUNK = 500;
/** …for up to this long per frame (at least one chunk): far under the 50 ms long-task line, few frames. */
export const EDGE_FRAME_BUDGET_MS = 8;

export interface LayoutFramesOptions {
  /** Runs `run` at the next animation frame. */
  frameRequest?: (run: () => void) => void;
  /** Redoes Sigma's process in slices when the layout stops. */
  reindex?: ProcessInSlices;
  /** The clock for the per-frame budget (ms). */
  now?: () => number;
  /** The edge layers' visibility, shared with the other reasons to hide them. */
  edgeLayer?: EdgeLayer;
}

export interface LayoutFrames {
  /** The layout started (`cheap`: the view is large enough for cheap frames) or stopped. */
  setRunning(running: boolean, cheap: boolean): void;
  /** The layout wrote new positions into the graph (without graph events): draw them. */
  frame(): void;
  /** While cheap frames run: where a node's real position must be handed to Sigma; null otherwise. */
  placement(): Placement | null;
  /**
   * A redraw was asked for (style, hover, filters). During cheap frames, and while the stop's re-index runs,
   * it is not a full re-index in one task: nodes are re-read every frame anyway, and every edge is re-read,
   * a slice per frame, when the layout stops. True when it was taken.
   */
  holds(): boolean;
  kill(): void;
}

/**
 * Sigma's answer to moved nodes is a full `process()`: every node and every edge re-normalised and re-uploaded,
 * the label grid rebuilt. On a 10k-edge view that is tens of ms per frame on the main thread, and the worker's
 * layout asks for one every frame. While the layout runs on a large view this draws frames that only touch
 * the nodes: their new positions are pushed to the node program (`skipIndexation`), edges are hidden (their
 * buffers would be stale), and Sigma's normalisation is left as it was at the last `process` — the node
 * reducer places each node so it still lands where a fresh normalisation would put it, so the view follows
 * the layout as it spreads and nothing jumps when it stops. When it stops, the one full process Sigma asks for
 * (the layout's final positions are an ordinary graph update) is redone over several frames instead
 * (render/process-in-slices.ts): the nodes first, then the edges a slice per frame, and the edges are shown
 * once all are in place.
 */
export function createLayoutFrames(
  sigma: Sigma,
  graph: ExplorerGraph,
  options: LayoutFramesOptions = {},
): LayoutFrames {
  const frameRequest = options.frameRequest ?? ((run) => void requestAnimationFrame(run));
  const reindex = options.reindex ?? createProcessInSlices(sigma, graph);
  const now = options.now ?? (() => performance.now());
  const layer = options.edgeLayer ?? createEdgeLayer(sigma);
  let cheap = false;
  let current: Placement | null = null;
  /** Nodes or edges added or dropped since Sigma last indexed: such a frame must be an ordinary one. */
  let structureChanged = false;
  /** A redraw was held during cheap frames. */
  let held = false;
  /** The layout stopped: the stop's process is being redone, nodes first, then `edgesLeft` a slice per frame. */
  let finishing = false;
  let nodesLeft = false;
  let edgesLeft: string[] = [];
  let cursor = 0;
  /** Every edge has been re-read once since the nodes were placed: their positions are right, show them. */
  let edgesPlaced = false;
  /** A redraw was asked for during the re-index: one more pass over the edges once this one ends. */
  let repass = false;
  /** Sigma ran a full `process` since the last frame (often earlier in this very animation frame). */
  let processed = false;
  const markChanged = () => (structureChanged = true);
  const indexed = () => {
    structureChanged = false;
    processed = true;
    // A process normalises the real positions afresh: no placement is needed until the next frame.
    current = null;
    // And it re-indexes everything the stop's slices had left.
    if (finishing) finish();
  };
  for (const event of STRUCTURAL_EVENTS) graph.on(event, markChanged);
  sigma.on("afterProcess", indexed);

  function finish(): void {
    finishing = false;
    nodesLeft = false;
    edgesLeft = [];
    cursor = 0;
    repass = false;
    layer.hide("reindex", false);
  }

  /** One slice of the stop's re-index per frame: the nodes, then edges for up to EDGE_FRAME_BUDGET_MS. */
  function step(): void {
    if (!finishing) return;
    // Nodes or edges added meanwhile: Sigma's own process (already asked for by its graph handlers) redoes it all.
    if (structureChanged) return finish();
    if (nodesLeft) {
      nodesLeft = false;
      reindex.nodes();
      return frameRequest(step);
    }
    if (cursor < edgesLeft.length) {
      const started = now();
      do {
        reindex.edges(edgesLeft.slice(cursor, cursor + EDGE_CHUNK).filter((e) => graph.hasEdge(e)));
        cursor += EDGE_CHUNK;
      } while (cursor < edgesLeft.length && now() - started < EDGE_FRAME_BUDGET_MS);
      return frameRequest(step);
    }
    if (!edgesPlaced) {
      edgesPlaced = true;
      layer.hide("reindex", false);
    }
    if (!repass) return finish();
    // The redraw changed what the edges read before it: re-read those too, now with the edges on screen
    // (restarting at once instead could keep them hidden for as long as the pointer keeps changing the hover).
    repass = false;
    cursor = 0;
    frameRequest(step);
  }

  return {
    setRunning(running, large) {
      if (running && large && !cheap) {
        cheap = true;
        finishing = false;
        layer.hide("layout", true);
        layer.hide("reindex", false);
        return;
      }
      if (running || !cheap) return;
      cheap = false;
      current = null;
      // The layout's final positions (an ordinary graph update) have just asked Sigma for a full process in the
      // next frame. Nodes or edges added since its last one need it; otherwise it is redone in slices.
      if (!structureChanged && reindex.begin()) {
        layer.hide("reindex", true);
        layer.hide("layout", false);
        finishing = true;
        nodesLeft = true;
        edgesLeft = graph.edges();
        cursor = 0;
        edgesPlaced = false;
        repass = false;
        held = false;
        frameRequest(step);
        return;
      }
      layer.hide("layout", false);
      // Sigma's process keeps the edges' display data: a redraw held meanwhile needs its full refresh.
      if (held) sigma.refresh({ schedule: true });
      held = false;
    },
    frame() {
      if (!cheap) {
        // Sigma's own answer to moved nodes (what its eachNodeAttributesUpdated handler does).
        sigma.refresh({ partialGraph: { nodes: graph.nodes() }, skipIndexation: false, schedule: true });
        return;
      }
      if (structureChanged || processed) {
        // Sigma has a full process pending (the graph changed; it reads positions straight from the graph), or
        // has just run one, often earlier in this same animation frame: pushing the nodes as well would only
        // lengthen that frame's task. The next frame moves them.
        processed = false;
        if (structureChanged) sigma.scheduleRender();
        return;
      }
      current = placementFor(sigma.getBBox(), positionsBox(graph));
      sigma.refresh({ partialGraph: { nodes: graph.nodes() }, skipIndexation: true, schedule: true });
    },
    placement: () => current,
    holds() {
      if (cheap) {
        // Nodes are re-read every frame; every edge is re-read when the layout stops.
        held = true;
        return true;
      }
      if (!finishing) return false;
      // Re-read the nodes in the next frame, and the edges this pass has already read after it.
      nodesLeft = true;
      if (cursor > 0) repass = true;
      return true;
    },
    kill() {
      for (const event of STRUCTURAL_EVENTS) graph.removeListener(event, markChanged);
      sigma.removeListener("afterProcess", indexed);
      finishing = false;
    },
  };
}
