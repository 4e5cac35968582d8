// Wires styling, layouts, export, the table view and the theme into the page (one call from main.ts).
import type { GraphEdge, GraphNode, NodeId } from "../../../server/domain/model.js";
import type { ExplorerApi } from "../api/explorer-api.js";
import type { ExportSet } from "../graph/export-data.js";
import { toSvg } from "../graph/export-svg.js";
import type { ExplorerGraph } from "../graph/graph-data.js";
import type { LayoutRunner } from "../graph/layout.js";
import { circularLayout, noverlapLayout } from "../graph/layouts.js";
import { computeStyleMaps } from "../graph/metrics.js";
import { colorOf } from "../graph/palette.js";
import { unpinAll } from "../graph/positions.js";
import type { Renderer } from "../render/renderer.js";
import type { AppState } from "../state/app-state.js";
import { createStore, type Store } from "../state/store.js";
import { defaultStyle, type StyleSettings } from "../state/style.js";
import { THEME_COLORS, type Theme } from "../state/theme.js";
import { mountExportPanel, type ExportScope } from "./export-panel.js";
import { mountStylePanel, type MapsStatus } from "./style-panel.js";
import { mountTablePanel } from "./table-panel.js";
import { mountThemeToggle } from "./theme-toggle.js";
import "./style-tools.css";
import { toolPanel } from "./style-tool-panel.js";

/** ForceAtlas2 started from the Style panel runs until stopped, or at most this long. */
export const FA2_MAX_MS = 5 * 60_000;

export interface ToolDeps {
  app: Store<AppState>;
  graph: ExplorerGraph;
  layout: LayoutRunner;
  api: Pick<ExplorerApi, "exportGraph">;
  renderer: () => Renderer | null;
  select(id: NodeId): void;
  hover(id: NodeId | null): void;
  fitAll(): void;
  stage: HTMLElement;
  viewControls: HTMLElement;
  topbarEnd: HTMLElement;
}

/** The style settings store, so saved views (and tests) can read and restore the mapping. */
export const styleStore: Store<StyleSettings> = createStore<StyleSettings>(defaultStyle);

/** Quiet time after the last graph change before style maps are recomputed. */
const STYLE_DEBOUNCE_MS = 60;

export function mountExplorationTools(deps: ToolDeps): void {
  const { graph, app } = deps;
  const maps = createStore<MapsStatus>({ kind: "ready", maps: null });
  let theme: Theme = "light";

  function recompute(): void {
    try {
      const computed = graph.order > 0 ? computeStyleMaps(graph, styleStore.get()) : null;
      maps.update(() => ({ kind: "ready", maps: computed }));
      deps.renderer()?.setStyle(computed);
    } catch (error) {
      maps.update(() => ({ kind: "error", message: error instanceof Error ? error.message : String(error) }));
      deps.renderer()?.setStyle(null);
    }
  }
  // Loading fires one event per node and edge, and a large view arrives in slices with yields between them
  // (graph/load-slices.ts): wait until the graph has been quiet for a moment, then recompute once. A
  // microtask recomputed (and re-indexed Sigma) after every slice.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(recompute, STYLE_DEBOUNCE_MS);
  };
  for (const event of ["nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped", "cleared"] as const)
    graph.on(event, schedule);
  styleStore.subscribe(schedule);

  const current = () => {
    const status = maps.get();
    return status.kind === "ready" ? status.maps : null;
  };
  /** How a node is drawn now, without hover or selection emphasis: what an export should carry. */
  const drawn = (id: NodeId) => {
    const a = graph.getNodeAttributes(id);
    const m = current();
    return { x: a.x, y: a.y, size: m?.nodeSize.get(id) ?? a.size, color: m?.nodeColor?.get(id) ?? a.color };
  };
  const visibleIds = () => deps.renderer()?.visible() ?? { nodes: graph.nodes(), edges: graph.edges() };

  async function rows(scope: ExportScope): Promise<ExportSet> {
    const m = current();
    const edgeRow = (edge: GraphEdge) => ({
      edge,
      size: graph.hasEdge(edge.id)
        ? (m?.edgeSize?.get(edge.id) ?? graph.getEdgeAttribute(edge.id, "size"))
        : 1.5,
      color: graph.hasEdge(edge.id) ? graph.getEdgeAttribute(edge.id, "color") : "#b9bcc4",
    });
    if (scope === "view") {
      const v = visibleIds();
      return {
        nodes: v.nodes.map((id) => ({ node: graph.getNodeAttribute(id, "data"), ...drawn(id) })),
        edges: v.edges.map((id) => edgeRow(graph.getEdgeAttribute(id, "data"))),
      };
    }
    const all = await deps.api.exportGraph();
    // Nodes not on the canvas go on a ring around the drawing, so the file still opens laid out.
    const missing = all.nodes.filter((n) => !graph.hasNode(n.id));
    const place = (node: GraphNode, i: number) => {
      const angle = (2 * Math.PI * i) / Math.max(missing.length, 1);
      return { node, x: 150 * Math.cos(angle), y: 150 * Math.sin(angle), size: 5, color: colorOf(node.type) };
    };
    return {
      nodes: [
        ...all.nodes.filter((n) => graph.hasNode(n.id)).map((node) => ({ node, ...drawn(node.id) })),
        ...missing.map(place),
      ],
      edges: all.edges.map(edgeRow),
    };
  }

  const stylePanel = toolPanel("style-panel", "Style");
  const exportPanel = toolPanel("export-panel", "Export");
  const tablePanel = toolPanel("table-panel", "Table");
  tablePanel.panel.classList.add("table-panel");
  deps.stage.append(stylePanel.panel, exportPanel.panel, tablePanel.panel);
  deps.viewControls.append(stylePanel.button, exportPanel.button, tablePanel.button);

  mountStylePanel(stylePanel.panel, {
    app,
    style: styleStore,
    maps,
    layout: {
      toggleForceAtlas: () =>
        deps.layout.isRunning() ? deps.layout.kill() : void deps.layout.run(FA2_MAX_MS),
      noverlap: () => noverlapLayout(graph),
      circular: () => {
        circularLayout(graph);
        deps.fitAll();
      },
      unpinAll: () => unpinAll(graph),
    },
  });
  mountExportPanel(exportPanel.panel, {
    app,
    rows,
    svg: () => {
      const r = deps.renderer();
      return r ? toSvg(r.svgScene(THEME_COLORS[theme].background, THEME_COLORS[theme].label)) : null;
    },
    png: () => deps.renderer()?.pngBlob(THEME_COLORS[theme].background) ?? null,
  });
  const table = mountTablePanel(tablePanel.panel, {
    app,
    select: deps.select,
    hover: deps.hover,
    visible() {
      const v = visibleIds();
      return {
        nodes: v.nodes.map((id) => graph.getNodeAttribute(id, "data")),
        edges: v.edges.map((id) => graph.getEdgeAttribute(id, "data")),
        degree: (id) => graph.degree(id),
        nameOf: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id),
      };
    },
  });
  tablePanel.onOpen(() => table.refresh());
  mountThemeToggle(deps.topbarEnd, (next) => {
    theme = next;
    deps.renderer()?.setDark(next === "dark");
  });
}
