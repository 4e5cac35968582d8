// Sigma's full `process()` redone over several frames (nodes, then edges a slice at a time), for a layout's stop.
import type Sigma from "sigma";
import type { CameraState, Coordinates, Dimensions, Extent } from "sigma/types";
import { createNormalizationFunction, graphExtent, matrixFromCamera } from "sigma/utils";
import type { ExplorerGraph } from "../graph/graph-data.js";

type BBox = { x: Extent; y: Extent };

/** A new Camera's state: `process` places labels in its grid as this camera sees them. */
const NULL_CAMERA: CameraState = { x: 0.5, y: 0.5, angle: 0, ratio: 1 };

/**
 * What `process()` sets that no public method can (sigma/src/sigma.ts, 3.0.3): the node extent and the
 * normalisation built from it, the label grid, and the flag asking the next render for a process. Checked
 * before use (`internalsOf`), so a Sigma whose private state changed shape keeps its own process.
 */
interface SigmaInternals {
  needToProcess: boolean;
  nodeExtent: BBox;
  customBBox: BBox | null;
  normalizationFunction: (c: Coordinates) => Coordinates;
  labelGrid: {
    resizeAndClear(dimensions: Dimensions, cellSize: number): void;
    add(key: string, size: number, position: Coordinates): void;
    organize(): void;
  };
}

function internalsOf(sigma: Sigma): SigmaInternals | null {
  const s = sigma as unknown as Partial<SigmaInternals>;
  const grid = s.labelGrid;
  const shaped =
    typeof s.needToProcess === "boolean" &&
    s.nodeExtent !== undefined &&
    typeof s.normalizationFunction === "function" &&
    typeof grid?.resizeAndClear === "function" &&
    typeof grid.add === "function" &&
    typeof grid.organize === "function";
  return shaped ? (s as SigmaInternals) : null;
}

export interface ProcessInSlices {
  /**
   * Takes over the full process Sigma has pending (it would run in the next frame): false when it cannot
   * redo it exactly, and then Sigma keeps its own. Only for a graph whose nodes and edges Sigma has indexed
   * (none added or dropped since its last process): slices re-read items, they cannot re-allocate programs.
   */
  begin(): boolean;
  /** Normalises every node afresh, re-reads and re-uploads the nodes, and rebuilds the label grid. */
  nodes(): void;
  /** Re-reads and re-uploads these edges, from the nodes' current display data (`nodes` first). */
  edges(keys: string[]): void;
}

/**
 * On a 10k-edge view `process()` is one main-thread task of tens of ms: mostly the edges' program data, then
 * the nodes and the label grid. Together, `nodes` and `edges` over every edge leave Sigma exactly as its process
 * does when no item was added or dropped: the same extent and normalisation, the same display data in the same
 * program slots (partial refreshes keep each item's slot and picking index), the same label grid (built the way
 * `process` builds it, in the same node order). Without z-index sorting: with it, `process` may move items
 * to other slots, so `begin` declines.
 */
export function createProcessInSlices(sigma: Sigma, graph: ExplorerGraph): ProcessInSlices {
  return {
    begin() {
      const internals = internalsOf(sigma);
      if (!internals || sigma.getSetting("zIndex") || !sigma.getSetting("autoRescale")) return false;
      internals.needToProcess = false;
      return true;
    },
    nodes() {
      const internals = internalsOf(sigma);
      if (!internals) return;
      internals.nodeExtent = graphExtent(graph);
      internals.normalizationFunction = createNormalizationFunction(
        internals.customBBox ?? internals.nodeExtent,
      );
      // Re-reads each node through the reducers and normalises it with the new function (`updateNode`).
      sigma.refresh({ partialGraph: { nodes: graph.nodes() }, skipIndexation: true, schedule: true });
      const dimensions = sigma.getDimensions();
      const matrix = matrixFromCamera(
        NULL_CAMERA,
        dimensions,
        sigma.getGraphDimensions(),
        sigma.getStagePadding(),
      );
      internals.labelGrid.resizeAndClear(dimensions, sigma.getSetting("labelGridCellSize"));
      graph.forEachNode((node) => {
        const data = sigma.getNodeDisplayData(node);
        if (data && typeof data.label === "string" && !data.hidden)
          internals.labelGrid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix }));
      });
      internals.labelGrid.organize();
    },
    edges(keys) {
      sigma.refresh({ partialGraph: { edges: keys }, skipIndexation: true, schedule: true });
    },
  };
}
