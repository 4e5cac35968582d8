// The Sigma renderer: programs, label settings, reducers wired to the paint context, camera moves.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import type { NodeId } from "../../../server/domain/model.js";
import type { ExplorerGraph } from "../graph/graph-data.js";
import { createFocus } from "../state/hover.js";
import { easeCamera, fitNodes, focusNode } from "./camera.js";
import { bindCanvasEvents, type CanvasHandlers } from "./events.js";
import type { ExplorationPaint } from "../state/filters-visibility.js";
import { createRefreshScheduler } from "./refresh-scheduler.js";
import { createLayoutFrames, place, unplace, type LayoutFrames } from "./layout-frames.js";
import { createEdgeLayer } from "./edge-layer.js";
import { createEdgeWritesInSlices } from "./edge-writes-in-slices.js";
import { DEFAULT_SIGMA_SETTINGS, LARGE_GRAPH_SIGMA_SETTINGS } from "./large-graph-settings.js";
import { EDGE_LABEL_RATIO, reduceEdge, reduceNode, type PaintContext } from "./reducers.js";
import type { StyleMaps } from "../graph/metrics.js";
import { bindDrag, type DragHandlers } from "./node-drag.js";
import { createViewTools, themeSettings, type ViewTools } from "./view-tools.js";

export interface Renderer extends ViewTools {
  /** The style panel's mappings changed (or the data they were computed from). */
  setStyle(maps: StyleMaps | null): void;
  /** Switches label, hover and dimmed colours for a dark or light page. */
  setDark(dark: boolean): void;
  /** Filters, as-of date or path highlight changed (see state/filters-visibility.ts): redraw. */
  setExploration(paint: ExplorationPaint | null): void;
  /** The camera, for deep links: sigma's normalised x, y and zoom ratio. */
  cameraState(): { x: number; y: number; ratio: number };
  setCameraState(state: { x: number; y: number; ratio: number }): void;
  /** A node's position in the canvas's pixels (for the keyboard-opened context menu); null when not drawn. */
  nodeViewport(id: NodeId): { x: number; y: number } | null;
  /** Switches between the default and the large-graph settings (state/performance-mode.ts decides when). */
  setPerformanceMode(on: boolean): void;
  /**
   * ForceAtlas2 started or stopped. On a large view (performance mode) its frames are drawn cheaply: nodes
   * move, edges are hidden until it stops, other redraws wait for the stop, and the stop's full re-index is
   * spread over the next frames (render/layout-frames.ts).
   */
  setLayoutRunning(running: boolean): void;
  /** The layout moved nodes without a graph event (graph/layout.ts `onFrame`): draw them. */
  layoutFrame(): void;
  /** Hover or selection changed: redraw without re-indexing the data. */
  paint(view: { hovered: NodeId | null; selected: NodeId | null }): void;
  /**
   * Eases the camera onto a node (zooming in a little when far out), placing it `offsetX` pixels left of
   * the centre so a panel covering the right side does not hide it.
   */
  focusNode(id: NodeId, offsetX?: number): void;
  /** Zooms to show all `ids`, in the area left of a panel `2 * offsetX` px wide. */
  fitNodes(ids: readonly NodeId[], offsetX?: number): void;
  /** Fits the whole graph in view. */
  resetCamera(): void;
  kill(): void;
}

export function createRenderer(
  container: HTMLElement,
  graph: ExplorerGraph,
  handlers: CanvasHandlers,
  drag?: DragHandlers,
): Renderer {
  const ctx: PaintContext = { focus: null, selected: null, zoomedIn: false };
  let lineEdges = false;
  let hovered: NodeId | null = null;
  // Created after Sigma (which it drives), but the node reducer runs from Sigma's constructor on.
  let frames: LayoutFrames | null = null;

  const sigma = new Sigma(graph, container, {
    ...DEFAULT_SIGMA_SETTINGS,
    edgeProgramClasses: {
      arrow: EdgeArrowProgram,
      curvedArrow: EdgeCurvedArrowProgram,
      line: EdgeLineProgram,
    },
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#4a4f5c" },
    labelFont: "Inter, system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1f2430" },
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    nodeReducer: (id, data) => {
      const out = reduceNode(id, data, ctx);
      const placement = frames?.placement();
      if (placement && out.x !== undefined && out.y !== undefined)
        Object.assign(out, place(placement, out.x, out.y));
      return out;
    },
    edgeReducer: (id, data) => {
      const out = reduceEdge(data, graph.source(id), graph.target(id), ctx, id);
      // Performance mode draws every edge with the cheap line program, whatever its own type.
      if (lineEdges) out.type = "line";
      return out;
    },
  });

  const redraw = createRefreshScheduler((full) => {
    // During cheap layout frames a redraw is spread over the frames instead (render/layout-frames.ts).
    if (frames?.holds()) return;
    sigma.refresh(full ? undefined : { skipIndexation: true });
  });
  const edgeLayer = createEdgeLayer(sigma);
  const layoutFrames = createLayoutFrames(sigma, graph, { edgeLayer });
  frames = layoutFrames;
  // A freshly loaded large view is drawn without one long task: its edges follow over the next frames.
  const edgeWrites = createEdgeWritesInSlices(sigma, graph, edgeLayer);

  bindCanvasEvents(sigma, handlers);
  // While layout frames run, Sigma's graph coordinates are the placed ones: a drag must land on real ones.
  const unbindDrag = drag
    ? bindDrag(sigma, {
        moveNode(id, x, y) {
          const placement = layoutFrames.placement();
          const p = placement ? unplace(placement, x, y) : { x, y };
          drag.moveNode(id, p.x, p.y);
        },
      })
    : null;

  const camera = sigma.getCamera();
  container.dataset.camera = "still"; // until a move (camera.ts easeCamera)
  camera.on("updated", ({ ratio }) => {
    const zoomedIn = ratio < EDGE_LABEL_RATIO;
    if (zoomedIn === ctx.zoomedIn) return;
    ctx.zoomedIn = zoomedIn;
    redraw.request(false);
  });

  function updateFocus(): void {
    ctx.focus = hovered && graph.hasNode(hovered) ? createFocus(hovered, graph.neighbors(hovered)) : null;
  }
  // Data changes (expansion, layout) can change a hovered node's neighbourhood.
  graph.on("edgeAdded", updateFocus);
  graph.on("nodeDropped", updateFocus);

  return {
    ...createViewTools(sigma, graph),
    setStyle(maps) {
      ctx.style = maps;
      redraw.request(true);
    },
    setDark(dark) {
      ctx.dark = dark;
      sigma.setSettings(themeSettings(dark));
    },
    setExploration(paint) {
      ctx.exploration = paint;
      redraw.request(false);
    },
    cameraState() {
      const { x, y, ratio } = camera.getState();
      return { x, y, ratio };
    },
    setCameraState(state) {
      camera.setState(state);
    },
    nodeViewport(id) {
      if (!graph.hasNode(id)) return null;
      const { x, y } = graph.getNodeAttributes(id);
      return sigma.graphToViewport({ x, y });
    },
    setPerformanceMode(on) {
      if (on === lineEdges) return;
      lineEdges = on;
      // setSettings refreshes (re-indexing edges, so their program changes with it).
      sigma.setSettings(on ? LARGE_GRAPH_SIGMA_SETTINGS : DEFAULT_SIGMA_SETTINGS);
    },
    setLayoutRunning(running) {
      layoutFrames.setRunning(running, lineEdges);
    },
    layoutFrame() {
      layoutFrames.frame();
    },
    paint(view) {
      hovered = view.hovered;
      ctx.selected = view.selected && graph.hasNode(view.selected) ? view.selected : null;
      ctx.selectedNeighbours = new Set(ctx.selected ? graph.neighbors(ctx.selected) : []);
      updateFocus();
      redraw.request(false);
    },
    focusNode: (id, offsetX = 0) => {
      // The camera aims at display data, which a graph change (isolate, expand) leaves stale until the
      // next refresh: refresh now, as the synchronous paint before a focus used to.
      redraw.flush();
      focusNode(sigma, id, offsetX);
    },
    fitNodes: (ids, offsetX = 0) => fitNodes(sigma, ids, offsetX),
    resetCamera() {
      easeCamera(sigma, { x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 400 });
    },
    kill() {
      redraw.cancel();
      layoutFrames.kill();
      edgeWrites.kill();
      unbindDrag?.();
      graph.removeListener("edgeAdded", updateFocus);
      graph.removeListener("nodeDropped", updateFocus);
      sigma.kill();
    },
  };
}
