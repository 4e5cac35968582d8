// Canvas operations with undo/redo: expand by type and direction in pages, collapse, hide, show only, reveal links.
import type { GraphEdge, GraphNode, NodeId } from "../../../server/domain/model.js";
import { toProblem } from "../api/api-error.js";
import type { ExplorationApi } from "../api/exploration-api.js";
import { countByType, dropItems, mergeSubgraph, type ExplorerGraph } from "../graph/graph-data.js";
import type { LayoutRunner } from "../graph/layout.js";
import { showProblem, type AppState } from "../state/app-state.js";
import type { ExplorationState } from "../state/exploration.js";
import { canRedo, canUndo, redo, undo } from "../state/history.js";
import { collapseTargets, recordPage, type CanvasSnapshot, type Expansion } from "../state/history-canvas.js";
import { clearSelection } from "../state/selection.js";
import type { Store } from "../state/store.js";
import { NUDGE_MS } from "./actions.js";
import { createCanvasHistory } from "./history-actions.js";

/** Neighbours per page when expanding from the context menu or with E. */
export const PAGE_SIZE = 10;

export interface ExpandRequest {
  relType: string | null;
  direction: Expansion["direction"];
  limit: number;
}

export interface CanvasActions {
  /** First page of `id`'s neighbours of one type and direction (all when `relType` is null). */
  expand(id: NodeId, request?: ExpandRequest): Promise<void>;
  /** The next page of the node's last expansion. */
  more(id: NodeId): Promise<void>;
  /** Removes what expanding `id` added. */
  collapse(id: NodeId): void;
  hide(ids: readonly NodeId[]): void;
  /** Keeps `id` and the neighbours drawn around it. */
  showOnlyNeighbourhood(id: NodeId): void;
  /** Fetches and draws every edge among the nodes on the canvas. */
  revealLinks(): Promise<void>;
  /** Merges nodes and edges (a path, a view) into the canvas, keeping existing positions. */
  add(data: { nodes: GraphNode[]; edges: GraphEdge[] }, anchor: NodeId): NodeId[];
  /** Makes the canvas hold exactly these nodes and edges (a deep link or a saved view). */
  restore(
    data: { nodes: GraphNode[]; edges: GraphEdge[] },
    positions?: ReadonlyMap<NodeId, { x: number; y: number }>,
  ): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Every edge ever drawn, by id: what "hidden edges" in a view link are counted against. */
  knownEdges(): ReadonlyMap<string, GraphEdge>;
}

export interface CanvasDeps {
  graph: ExplorerGraph;
  app: Store<AppState>;
  exploration: Store<ExplorationState>;
  api: ExplorationApi;
  layout: LayoutRunner;
  /** Brings these nodes into view after an expansion (the renderer's camera). */
  fit?: (ids: NodeId[]) => void;
}

export function createCanvasActions({
  graph,
  app,
  exploration,
  api,
  layout,
  fit,
}: CanvasDeps): CanvasActions {
  const canvasHistory = createCanvasHistory(graph, exploration);
  const flush = canvasHistory.flush;
  const notice = (text: string) => app.update((s) => ({ ...s, notice: text }));
  const syncCounts = () =>
    app.update((s) => ({
      ...s,
      counts: { nodes: graph.order, edges: graph.size, byType: countByType(graph) },
    }));

  function afterRemoval(): void {
    syncCounts();
    const selected = app.get().selection?.id;
    if (selected && !graph.hasNode(selected)) app.update(clearSelection);
  }

  function show(snap: CanvasSnapshot): void {
    canvasHistory.show(snap);
    afterRemoval();
  }

  async function fetchPage(id: NodeId, request: ExpandRequest, offset: number): Promise<void> {
    flush();
    try {
      const sub = await api.neighbors(id, {
        relTypes: request.relType ? [request.relType] : undefined,
        direction: request.direction,
        limit: request.limit,
        offset,
      });
      const added = mergeSubgraph(graph, sub, id);
      syncCounts();
      exploration.update((s) => ({
        ...s,
        expansions: {
          ...s.expansions,
          [id]: recordPage(
            s.expansions[id],
            { ...request, offset },
            sub.nodes.length - 1,
            sub.truncated,
            added,
          ),
        },
      }));
      const name = graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
      notice(
        `Added ${added.length} neighbour${added.length === 1 ? "" : "s"} of ${name}` +
          (sub.truncated ? " (more exist: right-click it for the next page)" : ""),
      );
      if (added.length > 0) {
        await layout.nudge(new Set(added), NUDGE_MS);
        // Show the expanded node with its whole drawn neighbourhood, new and old.
        if (graph.hasNode(id)) fit?.([id, ...graph.neighbors(id)]);
      }
    } catch (error) {
      app.update((s) => showProblem(s, toProblem(error)));
    }
  }

  return {
    expand: (id, request = { relType: null, direction: "both", limit: PAGE_SIZE }) =>
      fetchPage(id, request, 0),
    async more(id) {
      const last = exploration.get().expansions[id];
      if (!last) return fetchPage(id, { relType: null, direction: "both", limit: PAGE_SIZE }, 0);
      return fetchPage(id, last, last.nextOffset);
    },
    collapse(id) {
      flush();
      const expansions = exploration.get().expansions;
      const keep = new Set(Object.keys(expansions).filter((other) => other !== id));
      const targets = collapseTargets(expansions[id], id, keep);
      dropItems(graph, targets);
      exploration.update((s) => {
        const { [id]: _collapsed, ...rest } = s.expansions;
        return { ...s, expansions: rest };
      });
      afterRemoval();
      notice(`Collapsed ${targets.length} node${targets.length === 1 ? "" : "s"}`);
    },
    hide(ids) {
      flush();
      const present = ids.filter((id) => graph.hasNode(id));
      if (present.length === 0) return;
      dropItems(graph, present);
      afterRemoval();
      notice(`Hid ${present.length} node${present.length === 1 ? "" : "s"} · Z to undo`);
    },
    showOnlyNeighbourhood(id) {
      flush();
      if (!graph.hasNode(id)) return;
      const keep = new Set([id, ...graph.neighbors(id)]);
      layout.kill();
      dropItems(
        graph,
        graph.nodes().filter((other) => !keep.has(other)),
      );
      afterRemoval();
      notice(`Showing ${keep.size} nodes around ${graph.getNodeAttribute(id, "label")} · Z to undo`);
    },
    async revealLinks() {
      flush();
      if (graph.order === 0) return;
      try {
        const sub = await api.subgraph(graph.nodes());
        const before = graph.size;
        mergeSubgraph(graph, { nodes: [], edges: sub.edges }, graph.nodes()[0]!);
        syncCounts();
        const found = graph.size - before;
        notice(
          found > 0
            ? `Revealed ${found} link${found === 1 ? "" : "s"} between visible nodes`
            : "No hidden links between visible nodes",
        );
      } catch (error) {
        app.update((s) => showProblem(s, toProblem(error)));
      }
    },
    add(data, anchor) {
      flush();
      const added = mergeSubgraph(graph, data, anchor);
      syncCounts();
      if (added.length > 0) void layout.nudge(new Set(added), NUDGE_MS);
      return added;
    },
    restore(data, given) {
      flush();
      canvasHistory.apply(data, given);
      afterRemoval();
    },
    undo() {
      flush();
      const s = exploration.get();
      if (!canUndo(s.history)) return notice("Nothing to undo");
      const history = undo(s.history);
      exploration.update((x) => ({ ...x, history }));
      show(history.present);
      notice("Undone · Shift+Ctrl+Z to redo");
    },
    redo() {
      flush();
      const s = exploration.get();
      if (!canRedo(s.history)) return notice("Nothing to redo");
      const history = redo(s.history);
      exploration.update((x) => ({ ...x, history }));
      show(history.present);
      notice("Redone");
    },
    canUndo: () => canUndo(exploration.get().history),
    canRedo: () => canRedo(exploration.get().history),
    knownEdges: () => canvasHistory.knownEdges(),
  };
}
