// neighbors() and degree() over a ColumnarGraph: the same answers as neighbors.ts and the store's degree, on typed arrays.
import type { Degree, GraphEdge, Subgraph } from "../../domain/model.js";
import { countNeighbors, type IncidentRel } from "../../domain/neighbor-counts.js";
import type { RelType } from "../../domain/vocabulary.js";
import type { NeighborOptions } from "../graph-store.js";
import type { ColumnarGraph } from "./columnar-graph.js";
import { inTypeOrder } from "./neighbor-counts.js";

/**
 * The start node and its neighbourhood, or null when `id` is unknown: neighbors.ts's semantics (read its
 * comment), the same nodes, edges and order. Node indices order as ids do, so a layer sorted by index is
 * sorted by id, and edges sorted by index are sorted by id.
 */
export function columnarNeighborhood(
  graph: ColumnarGraph,
  id: string,
  options: NeighborOptions,
): Subgraph | null {
  const start = graph.nodeIndex(id);
  if (start < 0) return null;
  const allowedRel = allowedCodes(graph.relTypeTable, options.relTypes);
  const allowedType = allowedCodes(graph.nodeTypeTable, options.types);
  const offset = options.offset ?? 0;
  const wanted = offset + options.limit;
  const { outOffsets, outEdges, inOffsets, inEdges, sources, targets, edgeTypeCodes, nodeTypeCodes } = graph;

  const seen = new Uint8Array(graph.order);
  seen[start] = 1;
  const layers: Int32Array[] = [];
  let found = 0;
  let frontier = Int32Array.of(start);
  for (let hop = 1; hop <= options.depth && frontier.length > 0 && found <= wanted; hop++) {
    const layer: number[] = [];
    const visit = (slots: Int32Array, offsets: Int32Array, ends: Int32Array, node: number) => {
      for (let slot = offsets[node]!, end = offsets[node + 1]!; slot < end; slot++) {
        const edge = slots[slot]!;
        if (allowedRel && !allowedRel[edgeTypeCodes[edge]!]) continue;
        const other = ends[edge]!;
        if (seen[other]) continue;
        seen[other] = 1; // a node of a filtered-out type is neither returned nor walked through, on any edge
        if (allowedType && !allowedType[nodeTypeCodes[other]!]) continue;
        layer.push(other);
      }
    };
    for (const node of frontier) {
      if (options.direction !== "in") visit(outEdges, outOffsets, targets, node);
      if (options.direction !== "out") visit(inEdges, inOffsets, sources, node);
    }
    const sorted = Int32Array.from(layer).sort();
    layers.push(sorted);
    found += sorted.length;
    frontier = sorted;
  }

  const kept: number[] = [];
  for (const layer of layers) for (const node of layer) kept.push(node);
  kept.splice(0, offset);
  kept.length = Math.min(kept.length, options.limit);
  const returned = new Uint8Array(graph.order);
  returned[start] = 1;
  for (const node of kept) returned[node] = 1;

  // Out-edges only, so each edge among the returned nodes is seen once; a scan of typed arrays is cheap
  // enough that a hub's list needs no lookups by end (as neighbors.ts does on graphology).
  const edgeIndices: number[] = [];
  for (const node of [start, ...kept]) {
    for (let slot = outOffsets[node]!, end = outOffsets[node + 1]!; slot < end; slot++) {
      const edge = outEdges[slot]!;
      if (returned[targets[edge]!] && (!allowedRel || allowedRel[edgeTypeCodes[edge]!]))
        edgeIndices.push(edge);
    }
  }
  const edges: GraphEdge[] = [];
  for (const edge of Int32Array.from(edgeIndices).sort()) edges.push(graph.readEdge(edge));

  return {
    nodes: [start, ...kept].map((node) => graph.readNode(node)),
    edges,
    truncated: found > offset + kept.length,
  };
}

/** The store's degree(): every incident relationship once (a self-loop too), per type, and distinct neighbours. */
export function columnarDegree(graph: ColumnarGraph, id: string): Degree | null {
  const node = graph.nodeIndex(id);
  if (node < 0) return null;
  const byType: Partial<Record<RelType, number>> = {};
  const rels: IncidentRel[] = [];
  const { outOffsets, outEdges, inOffsets, inEdges, sources, targets, nodeIds } = graph;
  for (let slot = outOffsets[node]!, end = outOffsets[node + 1]!; slot < end; slot++) {
    const edge = outEdges[slot]!;
    const type = graph.edgeType(edge);
    byType[type] = (byType[type] ?? 0) + 1;
    rels.push({ type, out: true, other: nodeIds[targets[edge]!]! });
  }
  for (let slot = inOffsets[node]!, end = inOffsets[node + 1]!; slot < end; slot++) {
    const edge = inEdges[slot]!;
    const type = graph.edgeType(edge);
    if (sources[edge] !== node) byType[type] = (byType[type] ?? 0) + 1; // a self-loop is counted once
    rels.push({ type, out: false, other: nodeIds[sources[edge]!]! });
  }
  return inTypeOrder({ total: graph.degree(node), byType, neighbors: countNeighbors(id, rels) });
}

/** A flag per code of `table` for the wanted values, or null when every value is wanted. */
function allowedCodes(table: readonly string[], wanted: readonly string[] | undefined): Uint8Array | null {
  if (!wanted?.length) return null;
  const allowed = new Uint8Array(table.length);
  const set = new Set<string>(wanted);
  table.forEach((value, code) => (allowed[code] = set.has(value) ? 1 : 0));
  return allowed;
}
