// Wires the exploration features (context menu, history, filters, time, paths, views, shortcuts) into the page.
import type { NodeId } from "../../../server/domain/model.js";
import "../panels/exploration.css";
import type { ExplorerApi } from "../api/explorer-api.js";
import { createExplorationApi } from "../api/exploration-api.js";
import type { ExplorerGraph } from "../graph/graph-data.js";
import type { LayoutRunner } from "../graph/layout.js";
import { mountContextMenu } from "../panels/context-menu.js";
import { h } from "../panels/dom.js";
import { mountFiltersPanel } from "../panels/filters-panel.js";
import { mountPathsPanel } from "../panels/paths-panel.js";
import { mountTimePanel } from "../panels/time-panel.js";
import { mountViewsPanel } from "../panels/views-panel.js";
import type { Renderer } from "../render/renderer.js";
import type { AppState } from "../state/app-state.js";
import { initialExploration, type ExplorationState } from "../state/exploration.js";
import { countTypes } from "../state/filters.js";
import { createStore, type Store } from "../state/store.js";
import type { Actions } from "./actions.js";
import { createCanvasActions, type CanvasActions } from "./canvas-actions.js";
import { createExplorationActions } from "./exploration-actions.js";
import { mountShortcutActions } from "./shortcut-actions.js";
import { createViewActions, type ViewActions } from "./view-actions.js";

export interface ExplorationDeps {
  app: Store<AppState>;
  actions: Actions;
  api: ExplorerApi;
  graph: ExplorerGraph;
  layout: LayoutRunner;
  renderer: () => Renderer | null;
  canvas: HTMLElement;
  /** Where the Explore and Undo/Redo buttons go (the top-left view bar). */
  toolbar: HTMLElement;
}

export interface Exploration {
  store: Store<ExplorationState>;
  canvasActions: CanvasActions;
  views: ViewActions;
  /** Right-click on a node. */
  openMenu(id: NodeId, x: number, y: number): void;
}

/** Builds the exploration state and actions and mounts their panels. Call `views.start()` once the graph is loaded. */
export function mountExploration(deps: ExplorationDeps): Exploration {
  const { app, actions, graph, layout } = deps;
  const store = createStore<ExplorationState>(initialExploration);
  const api = createExplorationApi();
  // Like main.ts's camera: leave room for the inspector when it is open on the right.
  const inspectorOffset = () => {
    const inspector = document.getElementById("inspector");
    return inspector && !inspector.hidden ? (inspector.offsetWidth + 12) / 2 : 0;
  };
  const canvasActions = createCanvasActions({
    graph,
    app,
    exploration: store,
    api,
    layout,
    fit: (ids) => deps.renderer()?.fitNodes(ids, inspectorOffset()),
  });
  const explore = createExplorationActions({ graph, app, exploration: store, api, canvas: canvasActions });
  const views = createViewActions({
    graph,
    app,
    exploration: store,
    api,
    canvas: canvasActions,
    select: (id) => actions.select(id),
    camera: {
      get: () => deps.renderer()?.cameraState() ?? { x: 0.5, y: 0.5, ratio: 1 },
      set: (c) => deps.renderer()?.setCameraState(c),
    },
    storage: window.localStorage,
  });
  const nameOf = (id: NodeId) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const say = (text: string) => app.update((s) => ({ ...s, notice: text }));

  // Graph changes arrive in bursts (an expansion adds many nodes): react once per burst.
  const graphListeners: (() => void)[] = [];
  let scheduled = false;
  const onGraphChange = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      for (const listener of graphListeners) listener();
    }, 0);
  };
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(event, onGraphChange);
  const changes = (listener: () => void) => graphListeners.push(listener);

  function repaint(): void {
    const paint = explore.paint();
    deps.renderer()?.setExploration(paint);
    let nodes = 0;
    let edges = 0;
    graph.forEachNode((id) => void (paint?.hideNode(id) ? 0 : nodes++));
    graph.forEachEdge((id) => void (paint?.hideEdge(id) ? 0 : edges++));
    store.update((s) =>
      s.visible.nodes === nodes && s.visible.edges === edges ? s : { ...s, visible: { nodes, edges } },
    );
    deps.canvas.dataset.visibleNodes = String(nodes);
    deps.canvas.dataset.visibleEdges = String(edges);
    deps.canvas.dataset.hiddenNodes = paint ? graph.filterNodes((id) => paint.hideNode(id)).join(",") : "";
    deps.canvas.dataset.asOf = store.get().asOf ?? "";
    deps.canvas.dataset.pathActive =
      store.get().paths.active === null ? "" : String(store.get().paths.active);
    deps.canvas.dataset.undoSteps = String(store.get().history.past.length);
  }
  changes(repaint);
  store.subscribe((s, prev) => {
    if (
      s.filters !== prev.filters ||
      s.asOf !== prev.asOf ||
      s.paths !== prev.paths ||
      s.history !== prev.history
    )
      repaint();
  });
  app.subscribe((s, prev) => {
    if (s.sources !== prev.sources) repaint();
  });

  // The Explore drawer (filters, paths, views) and the toolbar buttons.
  const drawer = h("aside", {
    className: "panel explore-panel",
    attrs: { id: "explore", "aria-label": "Explore" },
  });
  drawer.hidden = true;
  const section = (title: string, role: string) => {
    const body = h("div", { className: "explore-body" });
    drawer.append(
      h(
        "details",
        { className: "explore-section", attrs: { open: "", "data-section": role } },
        h("summary", {}, title),
        body,
      ),
    );
    return body;
  };
  const filtersRoot = section("Filters", "filters");
  const pathsRoot = section("Paths", "paths");
  const viewsRoot = section("Views", "views");
  if (!deps.canvas.hasAttribute("tabindex")) deps.canvas.tabIndex = -1; // so closing the menu can hand focus back
  const timeBar = h("section", {
    className: "time-panel",
    attrs: { id: "time-panel", "aria-label": "As-of date" },
  });
  deps.canvas.parentElement?.append(drawer, timeBar);

  const button = (label: string, title: string, role: string, run: () => void) =>
    h("button", { attrs: { type: "button", title, "data-role": role }, on: { click: run } }, label);
  const exploreButton = button("Explore", "Filters, paths and saved views", "explore-toggle", () => {
    drawer.hidden = !drawer.hidden;
    exploreButton.setAttribute("aria-expanded", String(!drawer.hidden));
  });
  exploreButton.setAttribute("aria-controls", "explore");
  exploreButton.setAttribute("aria-expanded", "false");
  const undoButton = button("Undo", "Undo (Z or Ctrl/⌘+Z)", "undo", () => canvasActions.undo());
  const redoButton = button("Redo", "Redo (Shift+Ctrl/⌘+Z)", "redo", () => canvasActions.redo());
  deps.toolbar.append(undoButton, redoButton, exploreButton);
  store.subscribe((s) => {
    undoButton.disabled = s.history.past.length === 0;
    redoButton.disabled = s.history.future.length === 0;
  });
  undoButton.disabled = true;
  redoButton.disabled = true;

  mountFiltersPanel(
    filtersRoot,
    store,
    explore,
    () => ({
      nodeTypes: countTypes(graph.mapNodes((_id, a) => a.nodeType)),
      relTypes: countTypes(graph.mapEdges((_id, a) => a.relType)),
    }),
    changes,
  );
  mountPathsPanel(pathsRoot, {
    exploration: store,
    explore,
    nodes: () =>
      graph.mapNodes((id, a) => [id, a.label] as [NodeId, string]).sort((a, b) => a[1].localeCompare(b[1])),
    nameOf,
    source: (id) => app.get().sources.get(id),
  });
  mountViewsPanel(viewsRoot, views, say);
  mountTimePanel(timeBar, store, explore, changes);
  app.subscribe((s, prev) => {
    if (s.sources !== prev.sources) graphListeners.forEach((l) => l());
  });

  const openMenu = (id: NodeId, x: number, y: number) => store.update((s) => ({ ...s, menu: { id, x, y } }));
  mountContextMenu({
    exploration: store,
    canvas: canvasActions,
    explore,
    nameOf,
    degreeOf: async (id) => (await deps.api.node(id)).degree,
    returnFocus: () => deps.canvas.focus(),
  });
  // Picking a path end from the menu opens the drawer at the paths, and finds paths once both ends are set.
  store.subscribe((s, prev) => {
    if (s.paths.from === prev.paths.from && s.paths.to === prev.paths.to) return;
    drawer.hidden = false;
    if (s.paths.from && s.paths.to && s.paths.paths.length === 0) void explore.findPaths();
  });
  store.subscribe((s, prev) => {
    if (s.paths.paths !== prev.paths.paths && s.paths.paths.length > 0)
      pathsRoot.scrollIntoView({ block: "nearest" });
  });

  mountShortcutActions({
    app,
    store,
    actions,
    canvasActions,
    explore,
    openMenu,
    nodeViewport: (id) => deps.renderer()?.nodeViewport(id) ?? null,
    canvas: deps.canvas,
  });

  // Keep the URL in step with the view: state changes at once, camera moves once they settle.
  let urlTimer: ReturnType<typeof setTimeout> | null = null;
  const syncSoon = () => {
    if (urlTimer) clearTimeout(urlTimer);
    urlTimer = setTimeout(() => views.syncUrl(), 300);
  };
  store.subscribe(syncSoon);
  app.subscribe((s, prev) => {
    if (s.selection?.id !== prev.selection?.id) syncSoon();
  });
  changes(syncSoon);
  for (const event of ["wheel", "pointerup"]) deps.canvas.addEventListener(event, syncSoon);

  return { store, canvasActions, views, openMenu };
}
