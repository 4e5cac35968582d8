// The fault scripts' data and read mix: the benchmarks' BA graph (100k edges) and search / expand / paths requests over it.
import { mulberry32, randomInt } from "../../bench/data/random.js";
import { chunksOf, type DataSet } from "../../bench/lib/graphs.js";
import type { GraphExport } from "../../server/domain/model.js";

/** The benchmarks' BA 100k (seed 42), so the Neo4j copy the bench loaded on this port is reused as is. */
export const BA_100K: DataSet = { kind: "ba", edges: 100_000 };

/** The whole data set as one export (≈20k nodes, 100k edges). */
export function baGraph(d: DataSet = BA_100K): GraphExport {
  const out: GraphExport = { nodes: [], edges: [], sources: [] };
  for (const chunk of chunksOf(d)) {
    for (const n of chunk.nodes) out.nodes.push(n);
    for (const e of chunk.edges) out.edges.push(e);
  }
  return out;
}

/** Share of each kind in the mix: half searches, a third expansions, the rest paths. */
export const MIX = { search: 0.5, expand: 0.35, paths: 0.15 } as const;

/**
 * `count` request paths, deterministic: searches for the first 4 letters of a random node's name (what
 * a user types before picking), 1-hop expansions of random nodes (limit 100, the client's default), and
 * up to 3 shortest paths within 4 hops between two random nodes. Every id exists: any non-2xx is an error.
 */
export function mixedPaths(graph: GraphExport, count = 5_000, seed = 7): string[] {
  const rng = mulberry32(seed);
  const node = () => graph.nodes[randomInt(rng, graph.nodes.length)]!;
  return Array.from({ length: count }, () => {
    const r = rng();
    if (r < MIX.search) return `/api/search?q=${encodeURIComponent(node().name.slice(0, 4).toLowerCase())}`;
    if (r < MIX.search + MIX.expand) return `/api/nodes/${encodeURIComponent(node().id)}/neighbors?limit=100`;
    const from = node().id;
    let to = node().id;
    while (to === from) to = node().id;
    return `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&maxHops=4&k=3`;
  });
}

/** The kind of a request path, for per-kind figures. */
export function kindOf(pathname: string): keyof typeof MIX {
  if (pathname.startsWith("/api/search")) return "search";
  if (pathname.startsWith("/api/paths")) return "paths";
  return "expand";
}
