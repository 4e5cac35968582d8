// The explorer's API calls, one function per endpoint; the initial view comes from /api/overview, never the whole store.
import type {
  Degree,
  GraphEdge,
  GraphExport,
  GraphNode,
  ScoredNode,
  Source,
  Subgraph,
} from "../../../server/domain/model.js";
import { buildUrl, getJson, type FetchLike } from "./http.js";
import { fetchPositions, type PositionsAnswer } from "./positions.js";

export interface InitialGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The store holds more than this: the view is its best-connected part. */
  truncated: boolean;
  /** Totals in the store ("showing N of M"). */
  nodeCount: number;
  edgeCount: number;
}

export interface ExplorerApi {
  /** The graph drawn on load (GET /api/overview): the whole graph when small, else its top-degree part. */
  loadGraph(): Promise<InitialGraph>;
  /** The whole graph (GET /api/export), for the export panel only: on a large store this is big. */
  exportGraph(): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }>;
  /** Server-side layout positions for these ids (very large graphs); `none` when unavailable. */
  positions(ids: readonly string[]): Promise<PositionsAnswer>;
  search(q: string, limit: number, signal?: AbortSignal): Promise<ScoredNode[]>;
  node(id: string): Promise<{ node: GraphNode; degree: Degree }>;
  neighbors(id: string, opts?: { depth?: number; limit?: number }): Promise<Subgraph>;
  sources(): Promise<Source[]>;
}

/** @example const api = createApi(); await api.search("tsmc", 8) */
export function createApi(
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  base = "",
): ExplorerApi {
  const get = <T>(path: string, query?: Parameters<typeof buildUrl>[2], signal?: AbortSignal) =>
    getJson<T>(fetchImpl, buildUrl(base, path, query), signal);
  return {
    async loadGraph() {
      const data = await get<InitialGraph>("/api/overview");
      return {
        nodes: data.nodes,
        edges: data.edges,
        truncated: data.truncated === true,
        nodeCount: data.nodeCount ?? data.nodes.length,
        edgeCount: data.edgeCount ?? data.edges.length,
      };
    },
    async exportGraph() {
      const data = await get<GraphExport>("/api/export", { format: "json" });
      return { nodes: data.nodes, edges: data.edges };
    },
    positions: (ids) => fetchPositions(fetchImpl, ids, base),
    async search(q, limit, signal) {
      return (await get<{ results: ScoredNode[] }>("/api/search", { q, limit }, signal)).results;
    },
    node: (id) => get(`/api/nodes/${encodeURIComponent(id)}`),
    neighbors: (id, opts = {}) =>
      get(`/api/nodes/${encodeURIComponent(id)}/neighbors`, {
        depth: opts.depth ?? 1,
        limit: opts.limit,
        direction: "both",
      }),
    async sources() {
      return (await get<{ sources: Source[] }>("/api/sources")).sources;
    },
  };
}
