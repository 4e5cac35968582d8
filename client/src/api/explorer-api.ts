// The explorer's API calls, one function per endpoint; loading the graph lives in one place so it can page later.
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

export interface InitialGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface ExplorerApi {
  /** The graph drawn on load. Today the whole (small) export; a large store would page here. */
  loadGraph(): Promise<InitialGraph>;
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
      const data = await get<GraphExport>("/api/export", { format: "json" });
      return { nodes: data.nodes, edges: data.edges };
    },
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
