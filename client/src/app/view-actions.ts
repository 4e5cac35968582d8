// Deep links and saved views: the view to and from the URL hash, named views in localStorage, JSON files.
import type { NodeId } from "../../../server/domain/model.js";
import { toProblem } from "../api/api-error.js";
import type { ExplorationApi } from "../api/exploration-api.js";
import type { ExplorerGraph } from "../graph/graph-data.js";
import { showProblem, type AppState } from "../state/app-state.js";
import type { ExplorationState } from "../state/exploration.js";
import {
  loadViews,
  parseViews,
  removeView,
  serializeViews,
  storeViews,
  upsertView,
  type KeyValueStorage,
  type SavedView,
} from "../state/saved-views.js";
import type { Store } from "../state/store.js";
import { decodeView, encodeView, type CameraView, type ViewState } from "../state/view-url.js";
import type { CanvasActions } from "./canvas-actions.js";

export interface ViewActions {
  /** The view on screen now. */
  current(): ViewState;
  /** Applies a view: canvas, filters, as-of date, selection, camera (and positions, from a saved view). */
  apply(view: ViewState, positions?: SavedView["positions"]): Promise<void>;
  /** Reads the URL hash and applies it, then keeps the hash in step with the view. */
  start(): Promise<void>;
  /** Writes the current view into the URL (debounced by the caller's events). */
  syncUrl(): void;
  saved(): SavedView[];
  save(name: string): void;
  remove(name: string): void;
  exportJson(): string;
  /** Adds the views of an exported file. @throws Error naming what is wrong with the file. */
  importJson(text: string): number;
}

export interface ViewDeps {
  graph: ExplorerGraph;
  app: Store<AppState>;
  exploration: Store<ExplorationState>;
  api: ExplorationApi;
  canvas: CanvasActions;
  select(id: NodeId): void;
  camera: { get(): CameraView; set(state: CameraView): void };
  storage: KeyValueStorage;
}

/** How long after a selection the camera is set: selecting eases the camera onto the node first. */
const CAMERA_AFTER_SELECT_MS = 700;

export function createViewActions(deps: ViewDeps): ViewActions {
  const { graph, app, exploration, api, canvas, storage } = deps;
  let started = false;
  let applying = false;
  let lastHash = "";

  function current(): ViewState {
    const s = exploration.get();
    const drawn = new Set(graph.nodes());
    const hiddenEdges = [...canvas.knownEdges().values()]
      .filter((e) => drawn.has(e.source) && drawn.has(e.target) && !graph.hasEdge(e.id))
      .map((e) => e.id)
      .sort();
    return {
      nodes: graph.nodes().sort(),
      hiddenEdges,
      filters: s.filters,
      asOf: s.asOf,
      selected: app.get().selection?.id ?? null,
      camera: deps.camera.get(),
    };
  }

  async function apply(view: ViewState, positions?: SavedView["positions"]): Promise<void> {
    applying = true;
    try {
      if (view.nodes && view.nodes.length > 0) {
        const sub = await api.subgraph(view.nodes);
        const hidden = new Set(view.hiddenEdges);
        canvas.restore(
          { nodes: sub.nodes, edges: sub.edges.filter((e) => !hidden.has(e.id)) },
          positions ? new Map(Object.entries(positions)) : undefined,
        );
      }
      exploration.update((s) => ({ ...s, filters: view.filters, asOf: view.asOf }));
      if (view.selected && graph.hasNode(view.selected)) deps.select(view.selected);
      const camera = view.camera;
      if (camera) {
        deps.camera.set(camera);
        // Selecting animates the camera; set it again once that is over so the link's camera wins.
        if (view.selected) await new Promise((r) => setTimeout(r, CAMERA_AFTER_SELECT_MS));
        deps.camera.set(camera);
      }
    } catch (error) {
      app.update((s) => showProblem(s, toProblem(error)));
    } finally {
      applying = false;
    }
  }

  function syncUrl(): void {
    if (!started || applying) return;
    const hash = encodeView(current());
    if (hash === lastHash) return;
    lastHash = hash;
    history.replaceState(null, "", `#${hash}`);
  }

  let views = loadViews(storage);
  const persist = (next: SavedView[]) => {
    views = next;
    storeViews(storage, views);
  };

  return {
    current,
    apply,
    async start() {
      const view = decodeView(location.hash);
      if (view) await apply(view);
      lastHash = location.hash.replace(/^#/, "");
      started = true;
      window.addEventListener("hashchange", () => {
        const next = location.hash.replace(/^#/, "");
        if (next === lastHash) return;
        const linked = decodeView(next);
        if (linked) void apply(linked).then(syncUrl);
      });
      syncUrl();
    },
    syncUrl,
    saved: () => views,
    save(name) {
      const positions: Record<string, { x: number; y: number }> = {};
      graph.forEachNode((id, a) => (positions[id] = { x: a.x, y: a.y }));
      persist(upsertView(views, { name, view: current(), positions }));
    },
    remove: (name) => persist(removeView(views, name)),
    exportJson: () => serializeViews(views),
    importJson(text) {
      const incoming = parseViews(text);
      persist(incoming.reduce((all, view) => upsertView(all, view), views));
      return incoming.length;
    },
  };
}
