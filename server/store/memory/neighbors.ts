// Breadth-first neighbourhood of a node for the memory store, with the type, direction and size limits.
import type { Subgraph } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { NeighborOptions } from "../graph-store.js";
import { readEdge, readNode, type EdgeAttributes, type MemoryGraph } from "./graph-types.js";

/**
 * The start node and its neighbourhood, or null when `id` is unknown.
 *
 * - BFS from `id` up to `depth` hops, following only edges of `relTypes` (all when none are given)
 *   in `direction` (out: source→target, in: target→source, both).
 * - Nodes whose type is not in `types` (when given) are neither returned nor traversed.
 * - Neighbours are sorted by (hop distance, id); `offset` of them are skipped, then `limit` kept;
 *   `truncated` says more existed after the page.
 *   Cutting by distance first keeps the result connected: a kept node's predecessor is always kept.
 * - `nodes`: the start node first, then the kept neighbours in that order.
 * - `edges`: every edge of an allowed type whose two ends were both returned, in either direction, by id.
 */
export function neighborhood(graph: MemoryGraph, id: string, options: NeighborOptions): Subgraph | null {
  if (!graph.hasNode(id)) return null;
  const relTypes = options.relTypes?.length ? new Set<string>(options.relTypes) : null;
  const types = options.types?.length ? new Set<string>(options.types) : null;
  const edgeAllowed = (edge: string) => !relTypes || relTypes.has(graph.getEdgeAttribute(edge, "type"));

  const distance = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let hop = 1; hop <= options.depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of incidentEdges(graph, node, options.direction)) {
        if (!edgeAllowed(edge)) continue;
        const other = graph.opposite(node, edge);
        if (distance.has(other)) continue;
        if (types && !types.has(graph.getNodeAttribute(other, "type"))) continue;
        distance.set(other, hop);
        next.push(other);
      }
    }
    frontier = next;
  }

  const found = [...distance.keys()]
    .filter((node) => node !== id)
    .sort((a, b) => distance.get(a)! - distance.get(b)! || compareIds(a, b));
  const offset = options.offset ?? 0;
  const kept = found.slice(offset, offset + options.limit);
  const returned = new Set([id, ...kept]);

  const edges: string[] = [];
  for (const node of returned) {
    // Out-edges only, so each edge among the returned nodes is visited exactly once. A hub's out-edges
    // number thousands, so past the page's size look its edges up towards each returned node instead.
    const collect = (edge: string, attrs: EdgeAttributes) => {
      if (!relTypes || relTypes.has(attrs.type)) edges.push(edge);
    };
    if (graph.outDegree(node) <= returned.size) {
      graph.forEachOutEdge(node, (edge, attrs, _source, target) => {
        if (returned.has(target)) collect(edge, attrs);
      });
    } else {
      for (const other of returned) graph.forEachOutEdge(node, other, collect);
    }
  }

  return {
    nodes: [id, ...kept].map((node) => readNode(graph, node)),
    edges: edges.sort(compareIds).map((edge) => readEdge(graph, edge)),
    truncated: found.length > offset + kept.length,
  };
}

function incidentEdges(graph: MemoryGraph, node: string, direction: NeighborOptions["direction"]): string[] {
  if (direction === "out") return graph.outEdges(node);
  if (direction === "in") return graph.inEdges(node);
  return graph.edges(node);
}
