// The whole UI state: what is loading, what the user selected, hovered and searched. Data lives in the graph.
import type { Degree, GraphEdge, GraphNode, NodeId, Source } from "../../../server/domain/model.js";
import { initialPerformance, type PerformanceMode } from "./performance-mode.js";
import { initialSearch, type SearchState } from "./search-state.js";

export interface Problem {
  /** The server's error code (`not_found`, `store_unavailable`…) or `network`. */
  code: string;
  message: string;
}

export type LoadStatus =
  /** `edges`: the size of the view being added, once it has arrived (performance mode is chosen before drawing). */
  { kind: "loading"; edges?: number } | { kind: "ready" } | { kind: "error"; problem: Problem };

/** What the inspector shows about the selected node: its record and its relationships, from the server. */
export interface NodeDetail {
  node: GraphNode;
  degree: Degree | null;
  edges: GraphEdge[];
  /** The selected node and its counterparts, by id. */
  nodes: ReadonlyMap<NodeId, GraphNode>;
  truncated: boolean;
}

export interface Selection {
  id: NodeId;
  status: "loading" | "ready" | "error";
  detail: NodeDetail | null;
  problem: Problem | null;
}

export interface Counts {
  nodes: number;
  edges: number;
  /** Nodes drawn per node type, for the legend. */
  byType: Readonly<Record<string, number>>;
}

export interface AppState {
  load: LoadStatus;
  /** A failed action's error, shown in the banner until dismissed or the next success. */
  banner: Problem | null;
  selection: Selection | null;
  hovered: NodeId | null;
  search: SearchState;
  sources: ReadonlyMap<string, Source>;
  counts: Counts;
  /** A short, transient message about the last action ("Added 4 nodes"). */
  notice: string | null;
  layout: "idle" | "running";
  /** The node whose neighbours are being fetched, if any. */
  expanding: NodeId | null;
  /** The store's totals when the initial view is only part of it ("showing N of M"); null when whole. */
  overview: { nodeCount: number; edgeCount: number } | null;
  /** Large-graph drawing settings: on above a drawn-edge threshold, or forced by the user. */
  performance: PerformanceMode;
}

export const initialState: AppState = {
  load: { kind: "loading" },
  banner: null,
  selection: null,
  hovered: null,
  search: initialSearch,
  sources: new Map(),
  counts: { nodes: 0, edges: 0, byType: {} },
  notice: null,
  layout: "idle",
  expanding: null,
  overview: null,
  performance: initialPerformance,
};

/** Applies a search producer to the search slice. */
export function withSearch(state: AppState, producer: (s: SearchState) => SearchState): AppState {
  const search = producer(state.search);
  return search === state.search ? state : { ...state, search };
}

export function showProblem(state: AppState, problem: Problem): AppState {
  return { ...state, banner: problem };
}

export function dismissProblem(state: AppState): AppState {
  return state.banner ? { ...state, banner: null } : state;
}
