// Entry point: builds state, API, graph, renderer and panels, wires them together, then loads the graph.
import { refreshVocabulary } from "./api/vocabulary.js";
import "./styles.css";
import { createActions } from "./app/actions.js";
import { createApi } from "./api/explorer-api.js";
import { createCypherApi } from "./api/cypher.js";
import { mountConsole } from "./panels/console-panel.js";
import { createImportApi } from "./api/import.js";
import { mountImportDialog } from "./panels/import-dialog.js";
import { countByType, loadGraph, mergeSubgraph } from "./graph/graph-data.js";
import { LAYOUT_MS } from "./app/actions.js";
import { createGraph } from "./graph/graph-data.js";
import { createLayoutRunner } from "./graph/layout.js";
import { createBriefingsApi } from "./api/briefings.js";
import { mountBriefingLauncher, mountBriefingPanel } from "./panels/briefing-panel.js";
import { mountInspector } from "./panels/inspector-panel.js";
import { curationApi } from "./api/curation.js";
import { mountDuplicatesPanel } from "./panels/duplicates-panel.js";
import { curationSection } from "./panels/edit-panel.js";
import { mountTokenField } from "./panels/token-field.js";
import { mountLegend } from "./panels/legend-panel.js";
import { required } from "./panels/dom.js";
import { mountSearchPanel } from "./panels/search-panel.js";
import { mountStatus } from "./panels/status-panel.js";
import { mountPerformanceChip } from "./panels/performance-chip.js";
import { mountViewControls } from "./panels/view-controls.js";
import { createRenderer, type Renderer } from "./render/renderer.js";
import { initialState, showProblem, type AppState } from "./state/app-state.js";
import { createStore } from "./state/store.js";
import { mountExploration } from "./app/exploration.js";
import { mountExplorationTools } from "./panels/style-wiring.js";
import { moveAndPin } from "./graph/positions.js";

const store = createStore<AppState>(initialState);
const graph = createGraph();
const layout = createLayoutRunner(graph);
let renderer: Renderer | null = null;

const actions = createActions({
  api: createApi(),
  store,
  graph,
  layout,
  camera: {
    // Centre the node in the part of the canvas the inspector leaves visible.
    focusNode: (id) => renderer?.focusNode(id, panelOffset()),
    fitNodes: (ids) => renderer?.fitNodes(ids, panelOffset()),
    resetCamera: () => renderer?.resetCamera(),
  },
});

const canvas = required("graph");
const inspector = required("inspector");
/** Half the width the inspector covers on the right: how far left of centre the camera should aim. */
const panelOffset = () => (inspector.hidden ? 0 : (inspector.offsetWidth + 12) / 2);
try {
  renderer = createRenderer(
    canvas,
    graph,
    {
      select: (id) => actions.select(id),
      clearSelection: () => actions.clearSelection(),
      expand: (id) => void actions.expand(id),
      hover: (id) => actions.hover(id),
      contextMenu: (id, x, y) => exploration.openMenu(id, x, y),
    },
    { moveNode: (id, x, y) => moveAndPin(graph, id, x, y) },
  );
} catch (error) {
  // Sigma throws when WebGL is unavailable; the panels still work, so say so instead of going blank.
  const message = error instanceof Error ? error.message : String(error);
  store.update((s) =>
    showProblem(s, { code: "webgl_unavailable", message: `The graph cannot be drawn: ${message}` }),
  );
}

mountSearchPanel(required("search"), store, actions);
const briefing = mountBriefingPanel(document.body, {
  api: createBriefingsApi(),
  select: (id) => actions.select(id),
  inspector,
});
mountInspector(
  inspector,
  store,
  actions,
  (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : undefined),
  (id) => void briefing.open({ kind: "entity", id }),
  (detail, state) =>
    curationSection(detail, {
      api: curationApi,
      sources: state.sources,
      onChanged: (node) => void refreshAfterEdit(node.id),
      onDeleted: () => void refreshAfterEdit(null),
    }),
);
// Curation: the token field and the duplicates panel in the top bar; after a write the graph reloads whole.
async function refreshAfterEdit(selectId: string | null): Promise<void> {
  actions.clearSelection();
  await actions.boot();
  if (selectId) actions.select(selectId);
}
mountTokenField(required("curation-tools"));
mountDuplicatesPanel(required("curation-tools"), curationApi, (keptId) => void refreshAfterEdit(keptId));
mountLegend(required("legend"), store);
mountViewControls(required("view-controls"), store, actions);
// In the top-left bar beside Fit and Show all, where it covers neither the legend nor the console.
mountBriefingLauncher(required("view-controls"), briefing, () => graph.nodes());
// Style, layouts, export, table view and dark mode (their buttons join the canvas controls,
// so after mountViewControls, which replaces the bar's children).
mountExplorationTools({
  app: store,
  graph,
  layout,
  api: createApi(),
  renderer: () => renderer,
  select: (id) => actions.select(id),
  hover: (id) => actions.hover(id),
  fitAll: () => actions.fitAll(),
  stage: canvas.parentElement!,
  viewControls: required("view-controls"),
  topbarEnd: required("console-toggle"),
});
// Context menu, undo/redo, filters, as-of time, paths, saved views and deep links, keyboard shortcuts.
const exploration = mountExploration({
  app: store,
  actions,
  api: createApi(),
  graph,
  layout,
  renderer: () => renderer,
  canvas,
  toolbar: required("view-controls"),
});
mountStatus(
  {
    loading: required("loading"),
    empty: required("empty"),
    banner: required("banner"),
    line: required("status-line"),
  },
  store,
  actions,
);
// Large-graph drawing settings: on above a drawn-edge threshold or when the user forces them.
mountPerformanceChip(required("status-line"), store);
renderer?.setPerformanceMode(store.get().performance.active);
// The layout's frames reach the renderer directly (not through the store or graph events): it draws them cheaply
// on large views, and as Sigma's own per-frame update on small ones.
layout.setQuietFrames(true);
layout.onFrame(() => renderer?.layoutFrame());
layout.onChange((running) => renderer?.setLayoutRunning(running));

// The Cypher console draws its results through graph/ like every other action (replace or merge), then lays out.
const consoleRoot = required("console");
required("console-toggle").addEventListener("click", () => (consoleRoot.hidden = !consoleRoot.hidden));
// After an import the whole graph is reloaded, so what was added shows and counts stay true.
mountImportDialog(required("import-toggle"), createImportApi(), () => void actions.boot());
mountConsole(consoleRoot, createCypherApi(), {
  showGraph(data, mode) {
    if (data.nodes.length === 0) return;
    if (mode === "merge") mergeSubgraph(graph, data, data.nodes[0]!.id);
    else loadGraph(graph, data);
    store.update((s) => ({
      ...s,
      selection: null,
      counts: { nodes: graph.order, edges: graph.size, byType: countByType(graph) },
    }));
    renderer?.resetCamera();
    void layout.run(LAYOUT_MS);
  },
});

/** Read-only state on the canvas element: handy for people in devtools and for the browser test. */
function exposeState(s: AppState): void {
  canvas.dataset.nodeCount = String(s.counts.nodes);
  canvas.dataset.edgeCount = String(s.counts.edges);
  canvas.dataset.layout = s.layout;
  canvas.dataset.load = s.load.kind;
  canvas.dataset.selected = s.selection?.id ?? "";
  canvas.dataset.performance = s.performance.active ? "on" : "off";
}

exposeState(store.get());
store.subscribe((s, prev) => {
  exposeState(s);
  if (s.performance.active !== prev.performance.active) {
    renderer?.setPerformanceMode(s.performance.active);
  }
  if (s.hovered !== prev.hovered || s.selection?.id !== prev.selection?.id || s.counts !== prev.counts) {
    renderer?.paint({ hovered: s.hovered, selected: s.selection?.id ?? null });
  }
});

// The edit forms' type pickers follow the server's vocabulary (built-in plus configured extras).
void refreshVocabulary();
// A deep link (#v=1&…) is applied once the graph is loaded; from then on the URL follows the view.
void actions.boot().then(() => exploration.views.start());
