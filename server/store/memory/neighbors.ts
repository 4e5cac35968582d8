// Breadth-first neighbourhood of a node for the memory store, with the type, direction and size limits.
import type { GraphEdge, Subgraph } from "../../domain/model.js";
import { compareById } from "../../domain/ordering.js";
import type { NeighborOptions } from "../graph-store.js";
import { copyEdge, readNode, type EdgeAttributes, type MemoryGraph } from "./graph-types.js";

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
  const offset = options.offset ?? 0;
  const wanted = offset + options.limit;

  // Breadth-first, one layer per hop. Every node of a layer is nearer than any node of the next, so the
  // (distance, id) order is the layers in turn, each sorted by id: no distance lookups inside a sort.
  // Once the layers found so far hold more than the page needs, deeper layers cannot change the page
  // and `truncated` is already true, so a hub's depth-2 neighbourhood is never walked.
  const seen = new Set<string>([id]);
  const layers: string[][] = [];
  let found = 0;
  let frontier = [id];
  for (let hop = 1; hop <= options.depth && frontier.length > 0 && found <= wanted; hop++) {
    const layer: string[] = [];
    let from = id;
    const visit = (_edge: string, attrs: EdgeAttributes, source: string, target: string) => {
      if (relTypes && !relTypes.has(attrs.type)) return;
      const other = source === from ? target : source;
      if (seen.has(other)) return;
      seen.add(other); // a node of a filtered-out type is neither returned nor walked through, on any edge
      if (types && !types.has(graph.getNodeAttribute(other, "type"))) return;
      layer.push(other);
    };
    for (const node of frontier) {
      from = node;
      forEachIncidentEdge(graph, node, options.direction, visit);
    }
    layers.push(layer.sort()); // the default sort compares UTF-16 code units: compareIds' order
    found += layer.length;
    frontier = layer;
  }

  const kept = layers.flat().slice(offset, wanted);
  const returned = new Set([id, ...kept]);

  // Each edge is copied from what the iteration hands over (no lookups by key), then sorted by id.
  const edges: GraphEdge[] = [];
  const collect = (edge: string, attrs: EdgeAttributes, source: string, target: string) => {
    if (!relTypes || relTypes.has(attrs.type)) edges.push(copyEdge(edge, attrs, source, target));
  };
  const collectAmongReturned = (edge: string, attrs: EdgeAttributes, source: string, target: string) => {
    if (returned.has(target)) collect(edge, attrs, source, target);
  };
  for (const node of returned) {
    // Out-edges only, so each edge among the returned nodes is visited exactly once. A hub's out-edges
    // number thousands, so past the page's size look its edges up towards each returned node instead.
    if (graph.outDegree(node) <= returned.size) graph.forEachOutEdge(node, collectAmongReturned);
    else for (const other of returned) graph.forEachOutEdge(node, other, collect);
  }

  return {
    nodes: [id, ...kept].map((node) => readNode(graph, node)),
    edges: edges.sort(compareById),
    truncated: found > offset + kept.length,
  };
}

type EdgeVisitor = (edge: string, attrs: EdgeAttributes, source: string, target: string) => void;

/** Calls `visit` for each edge at `node` in `direction` (out: node is the source, in: the target). */
function forEachIncidentEdge(
  graph: MemoryGraph,
  node: string,
  direction: NeighborOptions["direction"],
  visit: EdgeVisitor,
): void {
  if (direction === "out") graph.forEachOutEdge(node, visit);
  else if (direction === "in") graph.forEachInEdge(node, visit);
  else graph.forEachEdge(node, visit);
}
