// Canvas history: records one snapshot per burst of graph changes, and brings a snapshot back (undo, redo, links).
import type { GraphEdge, GraphNode, NodeId } from "../../../server/domain/model.js";
import { applySnapshot, type ExplorerGraph } from "../graph/graph-data.js";
import type { ExplorationState } from "../state/exploration.js";
import { record, replacePresent } from "../state/history.js";
import { sameSnapshot, snapshotOf, type CanvasSnapshot } from "../state/history-canvas.js";
import type { Store } from "../state/store.js";

type Positions = ReadonlyMap<NodeId, { x: number; y: number }>;

export interface CanvasHistory {
  /** Records a burst not yet captured: input events can run before the capture's timer (Chrome favours input). */
  flush(): void;
  /** Makes the graph show `snap`, from node and edge data seen before, nodes back where they last were. */
  show(snap: CanvasSnapshot): void;
  /** Makes the graph hold exactly `data` (a link or saved view); `given` positions win over current ones. */
  apply(data: { nodes: GraphNode[]; edges: GraphEdge[] }, given?: Positions): void;
  /** Every edge ever drawn, by id. */
  knownEdges(): ReadonlyMap<string, GraphEdge>;
}

/**
 * Listens to the graph: every change from any feature (expand, isolate, console, search) becomes a step,
 * one per burst, since an expansion adds many nodes in one synchronous call.
 */
export function createCanvasHistory(
  graph: ExplorerGraph,
  exploration: Store<ExplorationState>,
): CanvasHistory {
  const nodePool = new Map<NodeId, GraphNode>();
  const edgePool = new Map<string, GraphEdge>();
  const positions = new Map<NodeId, { x: number; y: number }>();
  let restoring = false;
  let pending = false;

  function capture(): void {
    pending = false;
    graph.forEachNode((id, a) => nodePool.set(id, a.data));
    graph.forEachEdge((id, a) => edgePool.set(id, a.data));
    const snap = snapshotOf(graph.nodes(), graph.edges());
    exploration.update((s) => {
      const present = s.history.present;
      if (sameSnapshot(present, snap)) return s;
      // The first load is the starting point, not an undoable step back to an empty canvas.
      const history = present.nodes.length === 0 ? replacePresent(s.history, snap) : record(s.history, snap);
      return { ...s, history };
    });
  }
  const schedule = () => {
    if (restoring || pending) return;
    pending = true;
    setTimeout(capture, 0);
  };
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const) {
    graph.on(event, schedule);
  }
  const rememberPositions = () => graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));

  return {
    flush() {
      if (pending) capture();
    },
    show(snap) {
      rememberPositions();
      restoring = true;
      try {
        applySnapshot(
          graph,
          {
            nodes: snap.nodes.map((id) => nodePool.get(id)).filter((n): n is GraphNode => n !== undefined),
            edges: snap.edges.map((id) => edgePool.get(id)).filter((e): e is GraphEdge => e !== undefined),
          },
          positions,
        );
      } finally {
        restoring = false;
      }
    },
    apply(data, given) {
      for (const node of data.nodes) nodePool.set(node.id, node);
      for (const edge of data.edges) edgePool.set(edge.id, edge);
      rememberPositions();
      for (const [id, p] of given ?? []) positions.set(id, p);
      applySnapshot(graph, data, positions, { movePresent: given !== undefined });
    },
    knownEdges: () => edgePool,
  };
}
