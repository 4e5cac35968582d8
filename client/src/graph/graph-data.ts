// The only code that writes to the graphology graph: loading, merging expansions, sizes and edge shapes.
import { MultiDirectedGraph } from "graphology";
import { circular } from "graphology-layout";
import type { GraphEdge, GraphNode, NodeId, Subgraph } from "../../../server/domain/model.js";
import { planAdditions, placeAround } from "../state/expansion.js";
import { colorOf } from "./palette.js";
import { parallelCurvatures } from "./parallel-edges.js";

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The domain type. Sigma's own `type` attribute names a render program, so it is not reused. */
  nodeType: string;
  data: GraphNode;
  /** Pins the node while ForceAtlas2 runs (the worker reads `fixed`). */
  fixed?: boolean;
  /** Dragged into place by the user: stays fixed through every layout run (see graph/positions.ts). */
  pinned?: boolean;
}

export interface EdgeAttributes {
  /** The render program: straight or curved arrow. */
  type: "arrow" | "curvedArrow";
  curvature: number;
  size: number;
  color: string;
  relType: string;
  data: GraphEdge;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** Graph events that add or drop nodes or edges: after any of them, Sigma must index the view again. */
export const STRUCTURAL_EVENTS = [
  "nodeAdded",
  "nodeDropped",
  "edgeAdded",
  "edgeDropped",
  "cleared",
  "edgesCleared",
] as const;

export const EDGE_COLOR = "#b9bcc4";

export function createGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

/** Node size grows with the square root of degree so hubs stand out without swallowing the canvas. */
export function sizeForDegree(degree: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(degree), 24);
}

export function nodeAttributes(node: GraphNode, x: number, y: number): NodeAttributes {
  return {
    x,
    y,
    size: sizeForDegree(0),
    color: colorOf(node.type),
    label: node.name,
    nodeType: node.type,
    data: node,
  };
}

/** Adds one edge; `curvature` is known up front only on a bulk load (graph/load-slices.ts). */
export function addEdge(graph: ExplorerGraph, edge: GraphEdge, curvature = 0): void {
  graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
    type: curvature === 0 ? "arrow" : "curvedArrow",
    curvature,
    size: 1.5,
    color: EDGE_COLOR,
    relType: edge.type,
    data: edge,
  });
}

/** Replaces the graph's content, with nodes on a circle as the layout's starting point. */
export function loadGraph(graph: ExplorerGraph, data: { nodes: GraphNode[]; edges: GraphEdge[] }): void {
  graph.clear();
  const { nodes, edges } = planAdditions(graph, data);
  for (const node of nodes) graph.addNode(node.id, nodeAttributes(node, 0, 0));
  for (const edge of edges) addEdge(graph, edge);
  circular.assign(graph, { scale: 100 });
  refreshDerived(graph);
}

/**
 * Merges a subgraph: new nodes on a ring around `anchor`, existing nodes untouched.
 * Returns the ids of the nodes it added.
 */
export function mergeSubgraph(
  graph: ExplorerGraph,
  sub: Pick<Subgraph, "nodes" | "edges">,
  anchor: NodeId,
): NodeId[] {
  const { nodes, edges } = planAdditions(graph, sub);
  if (nodes.length === 0 && edges.length === 0) return [];
  const center = graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
  const positions = placeAround(
    center,
    nodes.map((n) => n.id),
    ringRadius(graph),
  );
  for (const node of nodes) {
    const p = positions.get(node.id) ?? center;
    graph.addNode(node.id, nodeAttributes(node, p.x, p.y));
  }
  for (const edge of edges) addEdge(graph, edge);
  refreshDerived(graph);
  return nodes.map((n) => n.id);
}

/** Keeps only `id`: the start of a focused exploration. */
export function keepOnly(graph: ExplorerGraph, id: NodeId): void {
  graph.forEachNode((other) => {
    if (other !== id) graph.dropNode(other);
  });
  refreshDerived(graph);
}

/** Pins (or frees) every node but the given ones, so a layout nudge moves only newcomers. */
export function pinAllExcept(graph: ExplorerGraph, free: ReadonlySet<NodeId> | null): void {
  graph.updateEachNodeAttributes((id, attrs) => ({
    ...attrs,
    fixed: attrs.pinned === true || (free !== null && !free.has(id)),
  }));
}

/** A ring radius in proportion to the drawing's spread, so new nodes land near, not on, their anchor. */
function ringRadius(graph: ExplorerGraph): number {
  let minX = Infinity, maxX = -Infinity; // prettier-ignore
  graph.forEachNode((_id, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
  });
  const spread = Number.isFinite(minX) ? maxX - minX : 0;
  return Math.max(spread / 12, 10);
}

/** Degree-based sizes and parallel-edge curvatures depend on the whole graph: recompute after changes. */
function refreshDerived(graph: ExplorerGraph): void {
  // Sigma 3.0 re-indexes after a bulk node update only without hints, after a bulk edge update only
  // with a "type" hint; otherwise it throws on items added since its last frame.
  graph.updateEachNodeAttributes((id, attrs) => ({ ...attrs, size: sizeForDegree(graph.degree(id)) }));
  const ends = graph.mapEdges((id, _a, source, target) => ({ id, source, target }));
  const curvatures = parallelCurvatures(ends);
  graph.updateEachEdgeAttributes(
    (id, attrs) => {
      const curvature = curvatures.get(id) ?? 0;
      return { ...attrs, curvature, type: curvature === 0 ? "arrow" : "curvedArrow" };
    },
    { attributes: ["type", "curvature"] },
  );
}

/** How many nodes of each type are drawn. */
export function countByType(graph: ExplorerGraph): Record<string, number> {
  const counts: Record<string, number> = {};
  graph.forEachNode((_id, a) => {
    counts[a.nodeType] = (counts[a.nodeType] ?? 0) + 1;
  });
  return counts;
}

/**
 * Makes the graph hold exactly `nodes` and `edges` (undo, redo, deep links, saved views): nodes already drawn
 * keep their positions (unless `movePresent`: a saved view's layout), returning nodes go back to `positions`
 * (or near the middle). Returns ids added.
 */
export function applySnapshot(
  graph: ExplorerGraph,
  data: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] },
  positions: ReadonlyMap<NodeId, { x: number; y: number }>,
  options: { movePresent?: boolean } = {},
): NodeId[] {
  const keepNodes = new Set(data.nodes.map((n) => n.id));
  const keepEdges = new Set(data.edges.map((e) => e.id));
  graph.forEachEdge((id) => {
    if (!keepEdges.has(id)) graph.dropEdge(id);
  });
  graph.forEachNode((id) => {
    if (!keepNodes.has(id)) graph.dropNode(id);
  });
  const added: NodeId[] = [];
  for (const node of data.nodes) {
    if (graph.hasNode(node.id)) {
      const saved = options.movePresent ? positions.get(node.id) : undefined;
      if (saved) graph.mergeNodeAttributes(node.id, { x: saved.x, y: saved.y });
      continue;
    }
    const p = positions.get(node.id) ?? { x: (Math.random() - 0.5) * 20, y: (Math.random() - 0.5) * 20 };
    graph.addNode(node.id, nodeAttributes(node, p.x, p.y));
    added.push(node.id);
  }
  for (const edge of data.edges) {
    if (!graph.hasEdge(edge.id) && graph.hasNode(edge.source) && graph.hasNode(edge.target))
      addEdge(graph, edge);
  }
  refreshDerived(graph);
  return added;
}

/** Dismisses nodes (with their edges) and edges from the canvas; the data stays in the history to undo it. */
export function dropItems(
  graph: ExplorerGraph,
  nodes: readonly NodeId[],
  edges: readonly string[] = [],
): void {
  for (const id of edges) if (graph.hasEdge(id)) graph.dropEdge(id);
  for (const id of nodes) if (graph.hasNode(id)) graph.dropNode(id);
  refreshDerived(graph);
}
