// Loads the initial view: the server's overview into the graph, laid out by the server when it has done so.
import { SERVER_LAYOUT_EDGE_THRESHOLD } from "../api/positions.js";
import type { ExplorerApi } from "../api/explorer-api.js";
import type { ExplorerGraph } from "../graph/graph-data.js";
import { loadGraphInSlices } from "../graph/load-slices.js";
import { setPositions, type Positions } from "../graph/positions.js";

export interface InitialView {
  /** The store's totals when the view is only part of it; null when the whole graph is drawn. */
  overview: { nodeCount: number; edgeCount: number } | null;
  /** Every node was placed from server-computed positions: no ForceAtlas2 run is needed. */
  laidOut: boolean;
}

/**
 * Replaces the graph with GET /api/overview's answer. For stores above SERVER_LAYOUT_EDGE_THRESHOLD edges it
 * asks POST /api/positions; when those are ready for every drawn node they are used as they are.
 */
export async function loadInitialView(
  api: Pick<ExplorerApi, "loadGraph" | "positions">,
  graph: ExplorerGraph,
  /** Called with the view's size once it arrived, before anything is drawn. */
  onArrival: (size: { nodes: number; edges: number }) => void = () => {},
): Promise<InitialView> {
  const data = await api.loadGraph();
  onArrival({ nodes: data.nodes.length, edges: data.edges.length });
  // In slices: a 10k-edge view added in one go was a multi-second main-thread task (bench/changes/client.md).
  await loadGraphInSlices(graph, data);
  const overview = data.truncated ? { nodeCount: data.nodeCount, edgeCount: data.edgeCount } : null;
  if (data.edgeCount <= SERVER_LAYOUT_EDGE_THRESHOLD || graph.order === 0)
    return { overview, laidOut: false };
  const answer = await api.positions(graph.nodes());
  if (answer.status !== "ready") return { overview, laidOut: false };
  const positions: Positions = {};
  for (const [id, [x, y]] of Object.entries(answer.positions)) positions[id] = { x, y };
  // Partial answers still help as a starting point, but only a full one replaces the layout run.
  const moved = setPositions(graph, positions);
  return { overview, laidOut: moved === graph.order };
}
