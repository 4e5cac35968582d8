// API calls for exploration: a page of neighbours by type and direction, the links among a set of ids, paths.
import type { GraphPath, Subgraph } from "../../../server/domain/model.js";
import { buildUrl, getJson } from "./http.js";

export interface NeighborPage {
  relTypes?: string[];
  direction: "both" | "out" | "in";
  limit: number;
  offset: number;
}

export interface ExplorationApi {
  neighbors(id: string, page: NeighborPage): Promise<Subgraph>;
  /** The nodes among `ids` and every edge among them (POST /api/subgraph). */
  subgraph(ids: readonly string[]): Promise<Subgraph>;
  paths(
    from: string,
    to: string,
    options: { k: number; maxHops: number; relTypes?: string[] },
  ): Promise<GraphPath[]>;
}

export function createExplorationApi(base = ""): ExplorationApi {
  return {
    neighbors: (id, page) =>
      getJson(
        (input, init) => fetch(input, init),
        buildUrl(base, `/api/nodes/${encodeURIComponent(id)}/neighbors`, {
          depth: 1,
          limit: page.limit,
          offset: page.offset,
          direction: page.direction,
          relTypes: page.relTypes,
        }),
      ),
    subgraph: (ids) =>
      getJson(
        // getJson does the error handling; only the method and body differ from a GET.
        (input, init) =>
          fetch(input, {
            ...init,
            method: "POST",
            headers: { accept: "application/json", "content-type": "application/json" },
            body: JSON.stringify({ ids }),
          }),
        buildUrl(base, "/api/subgraph"),
      ),
    async paths(from, to, options) {
      const url = buildUrl(base, "/api/paths", { from, to, ...options });
      return (await getJson<{ paths: GraphPath[] }>((input, init) => fetch(input, init), url)).paths;
    },
  };
}
