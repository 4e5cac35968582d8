// Cheap frames while ForceAtlas2 runs on a large view: nodes move every frame, edges come back when it stops.
import type Sigma from "sigma";
import type { ExplorerGraph } from "../graph/graph-data.js";

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

/** Edges whose display data are re-read (reducers) per frame after a held redraw: ~a few ms each frame. */
export const EDGE_SLICE = 1500;

export interface LayoutFrames {
  /** The layout started (`cheap`: the view is large enough for cheap frames) or stopped. */
  setRunning(running: boolean, cheap: boolean): void;
  /** The layout wrote new positions into the graph (without graph events): draw them. */
  frame(): void;
  /** While cheap frames run: where a node's real position must be handed to Sigma; null otherwise. */
  placement(): Placement | null;
  /**
   * A redraw was asked for (style, hover, filters). During cheap frames it is not a full re-index in one task:
   * nodes are re-read every frame anyway, and edges are re-read a slice per frame. True when it was taken.
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
 * the layout as it spreads and nothing jumps when it stops. When it stops, one ordinary refresh (triggered by
 * the layout's final positions) re-indexes everything and the edges are shown again.
 */
export function createLayoutFrames(
  sigma: Sigma,
  graph: ExplorerGraph,
  frameRequest: (run: () => void) => void = (run) => void requestAnimationFrame(run),
): LayoutFrames {
  let cheap = false;
  let current: Placement | null = null;
  /** Nodes or edges added or dropped since Sigma last indexed: such a frame must be an ordinary one. */
  let structureChanged = false;
  /** Edges still to re-read after a held redraw, and where the next slice starts. */
  let staleEdges: string[] = [];
  let cursor = 0;
  let draining = false;
  const edgeLayers = (): HTMLElement[] => {
    const canvases = sigma.getCanvases();
    return [canvases.edges, canvases.edgeLabels].filter((c): c is HTMLCanvasElement => c !== undefined);
  };
  /** Sigma ran a full `process` since the last frame (often earlier in this very animation frame). */
  let processed = false;
  const markChanged = () => (structureChanged = true);
  const indexed = () => {
    structureChanged = false;
    processed = true;
    // A process normalises the real positions afresh: no placement is needed until the next frame.
    current = null;
  };
  const structural = ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const;
  for (const event of structural) graph.on(event, markChanged);
  sigma.on("afterProcess", indexed);

  function showEdges(show: boolean): void {
    for (const layer of edgeLayers()) layer.style.visibility = show ? "" : "hidden";
  }

  /** The next slice of edges to re-read, or undefined when none are left. */
  function nextEdges(): string[] | undefined {
    if (cursor >= staleEdges.length) return undefined;
    const slice = staleEdges.slice(cursor, cursor + EDGE_SLICE).filter((e) => graph.hasEdge(e));
    cursor += EDGE_SLICE;
    if (cursor >= staleEdges.length) staleEdges = [];
    return slice;
  }

  /** After the stop: the edges a held redraw has not reached yet, a slice per frame. */
  function drain(): void {
    if (draining) return;
    draining = true;
    frameRequest(function step() {
      const edges = nextEdges();
      if (!edges || cheap || structureChanged) {
        draining = false;
        // A structural change re-indexes everything in Sigma's own refresh; nothing left to re-read.
        if (structureChanged) staleEdges = [];
        return;
      }
      sigma.refresh({ partialGraph: { edges }, skipIndexation: true, schedule: true });
      frameRequest(step);
    });
  }

  return {
    setRunning(running, large) {
      if (running && large && !cheap) {
        cheap = true;
        showEdges(false);
        return;
      }
      if (running || !cheap) return;
      cheap = false;
      current = null;
      showEdges(true);
      // The layout's final positions (an ordinary graph update) have already asked Sigma for a full process.
      if (cursor < staleEdges.length) drain();
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
      const edges = nextEdges();
      sigma.refresh({ partialGraph: { nodes: graph.nodes(), edges }, skipIndexation: true, schedule: true });
    },
    placement: () => current,
    holds() {
      if (!cheap) return false;
      staleEdges = graph.edges();
      cursor = 0;
      return true;
    },
    kill() {
      for (const event of structural) graph.removeListener(event, markChanged);
      sigma.removeListener("afterProcess", indexed);
      staleEdges = [];
    },
  };
}
