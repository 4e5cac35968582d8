// The explorer's actions: each calls the API, updates state through producers and changes the graph via graph/.
import type { GraphNode, NodeId } from "../../../server/domain/model.js";
import { toProblem } from "../api/api-error.js";
import type { ExplorerApi } from "../api/explorer-api.js";
import { countByType, keepOnly, mergeSubgraph, type ExplorerGraph } from "../graph/graph-data.js";
import type { LayoutRunner } from "../graph/layout.js";
import { dismissProblem, showProblem, type AppState } from "../state/app-state.js";
import { hoverNode } from "../state/hover.js";
import { clearSelection, detailFailed, receiveDetail, selectNode } from "../state/selection.js";
import type { Store } from "../state/store.js";
import { loadInitialView } from "./initial-view.js";
import { createSearchActions, type SearchActions } from "./search-actions.js";

export const LAYOUT_MS = 3000;
export const NUDGE_MS = 1200;
/** Neighbours fetched per expansion or inspector view. */
export const NEIGHBOR_LIMIT = 100;

export interface Camera {
  focusNode(id: NodeId): void;
  fitNodes(ids: readonly NodeId[]): void;
  resetCamera(): void;
}

export interface Actions extends SearchActions {
  boot(): Promise<void>;
  select(id: NodeId): void;
  clearSelection(): void;
  hover(id: NodeId | null): void;
  expand(id: NodeId): Promise<void>;
  /** Clears the canvas but for `id`, to explore outward from it. */
  isolate(id: NodeId): void;
  /** Redraws the whole graph from the server. */
  showAll(): Promise<void>;
  /** Zooms so every drawn node is in view. */
  fitAll(): void;
  dismissBanner(): void;
}

export interface ActionDeps {
  api: ExplorerApi;
  store: Store<AppState>;
  graph: ExplorerGraph;
  layout: LayoutRunner;
  camera: Camera;
}

export function createActions({ api, store, graph, layout, camera }: ActionDeps): Actions {
  const update = store.update;
  const notice = (text: string | null) => update((s) => ({ ...s, notice: text }));
  const syncCounts = () =>
    update((s) => ({ ...s, counts: { nodes: graph.order, edges: graph.size, byType: countByType(graph) } }));

  layout.onChange((running) => update((s) => ({ ...s, layout: running ? "running" : "idle" })));

  async function loadAll(): Promise<void> {
    update((s) => ({ ...s, load: { kind: "loading" }, selection: null, notice: null }));
    try {
      // Knowing the size before drawing lets performance mode switch while the canvas is empty (cheap),
      // instead of re-indexing 10k drawn edges afterwards.
      const view = await loadInitialView(api, graph, ({ edges }) =>
        update((s) => ({ ...s, load: { kind: "loading", edges } })),
      );
      syncCounts();
      update((s) => ({ ...s, load: { kind: "ready" }, overview: view.overview }));
      camera.resetCamera();
      if (!view.laidOut) await layout.run(LAYOUT_MS);
    } catch (error) {
      update((s) => ({ ...s, load: { kind: "error", problem: toProblem(error) } }));
    }
  }

  /** Puts a node on the canvas (with its edges to what is drawn) when the user reaches it off-canvas. */
  function ensureOnCanvas(node: GraphNode): void {
    if (graph.hasNode(node.id)) return;
    const detail = store.get().selection?.detail;
    const edges = detail?.edges.filter((e) => e.source === node.id || e.target === node.id) ?? [];
    mergeSubgraph(graph, { nodes: [node], edges }, detail?.node.id ?? node.id);
    syncCounts();
  }

  async function loadDetail(id: NodeId): Promise<void> {
    try {
      const [info, sub] = await Promise.all([
        api.node(id),
        api.neighbors(id, { depth: 1, limit: NEIGHBOR_LIMIT }),
      ]);
      const nodes = new Map(sub.nodes.map((n) => [n.id, n] as const));
      nodes.set(info.node.id, info.node);
      update((s) =>
        receiveDetail(s, id, {
          node: info.node,
          degree: info.degree,
          edges: sub.edges,
          nodes,
          truncated: sub.truncated,
        }),
      );
    } catch (error) {
      update((s) => detailFailed(s, id, toProblem(error)));
    }
  }

  function select(id: NodeId, node?: GraphNode): void {
    if (node) ensureOnCanvas(node);
    else {
      const known = store.get().selection?.detail?.nodes.get(id);
      if (known) ensureOnCanvas(known);
    }
    const before = store.get().selection;
    update((s) => selectNode(s, id));
    camera.focusNode(id);
    if (store.get().selection !== before) void loadDetail(id);
  }

  const search = createSearchActions(api, store, (node) => select(node.id, node));

  return {
    ...search,
    async boot() {
      api
        .sources()
        .then((list) =>
          update((s) => ({ ...s, sources: new Map(list.map((src) => [src.id, src] as const)) })),
        )
        .catch((error: unknown) => update((s) => showProblem(s, toProblem(error))));
      await loadAll();
    },
    select: (id) => select(id),
    clearSelection: () => update(clearSelection),
    hover: (id) => update((s) => hoverNode(s, id)),
    async expand(id) {
      if (store.get().expanding) return;
      update((s) => ({ ...s, expanding: id, notice: null }));
      try {
        const sub = await api.neighbors(id, { depth: 1, limit: NEIGHBOR_LIMIT });
        const added = mergeSubgraph(graph, sub, id);
        syncCounts();
        const name = graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
        notice(
          added.length > 0
            ? `Added ${added.length} neighbour${added.length === 1 ? "" : "s"} of ${name}${sub.truncated ? " (more exist)" : ""}`
            : `All neighbours of ${name} are already shown`,
        );
        update(dismissProblem);
        if (added.length > 0) {
          await layout.nudge(new Set(added), NUDGE_MS);
          // Show the expanded node with its whole neighbourhood, new and old.
          camera.fitNodes([id, ...sub.nodes.map((n) => n.id).filter((n) => graph.hasNode(n))]);
        }
      } catch (error) {
        update((s) => showProblem(s, toProblem(error)));
      } finally {
        update((s) => ({ ...s, expanding: null }));
      }
    },
    isolate(id) {
      if (!graph.hasNode(id)) return;
      layout.kill();
      keepOnly(graph, id);
      syncCounts();
      notice(`Showing only ${graph.getNodeAttribute(id, "label")}: double-click or Expand to grow`);
      camera.focusNode(id);
    },
    showAll: () => loadAll(),
    fitAll: () => camera.fitNodes(graph.nodes()),
    dismissBanner: () => update(dismissProblem),
  };
}
