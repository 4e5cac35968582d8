// The memory store's reads from a ColumnarGraph: the same answers as graphology-reads.ts, served while graphology fills.
import type { NodeId, Source } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { ExportItem, ExportPage } from "../graph-store.js";
import type { ColumnarGraph } from "./columnar-graph.js";
import { columnarDegree, columnarNeighborhood } from "./columnar-neighbors.js";
import { MEMORY_EXPORT_PAGE } from "./export-stream.js";
import type { GraphReads } from "./graph-reads.js";

export function columnarReads(graph: ColumnarGraph): GraphReads {
  return {
    counts: () => ({ nodes: graph.order, relationships: graph.size }),
    getNode(id) {
      const node = graph.nodeIndex(id);
      return node < 0 ? null : graph.readNode(node);
    },
    getEdge(id) {
      const edge = graph.edgeIndex(id);
      return edge < 0 ? null : graph.readEdge(edge);
    },
    getNodes: (ids) => presentIndices(ids, (id) => graph.nodeIndex(id)).map((node) => graph.readNode(node)),
    getEdges: (ids) => presentIndices(ids, (id) => graph.edgeIndex(id)).map((edge) => graph.readEdge(edge)),
    degree: (id) => columnarDegree(graph, id),
    neighbors: (id, options) => columnarNeighborhood(graph, id, options),
    subgraph(ids, options) {
      const nodes = presentIndices(ids, (id) => graph.nodeIndex(id));
      const present = new Uint8Array(graph.order);
      for (const node of nodes) present[node] = 1;
      const allowed = options.relTypes?.length ? new Set<string>(options.relTypes) : null;
      const edges: number[] = [];
      for (const node of nodes) {
        // Out-edges only, so each edge is seen once.
        for (let slot = graph.outOffsets[node]!, end = graph.outOffsets[node + 1]!; slot < end; slot++) {
          const edge = graph.outEdges[slot]!;
          if (present[graph.targets[edge]!] && (!allowed || allowed.has(graph.edgeType(edge))))
            edges.push(edge);
        }
      }
      return {
        nodes: nodes.map((node) => graph.readNode(node)),
        edges: Array.from(Int32Array.from(edges).sort(), (edge) => graph.readEdge(edge)),
        truncated: false,
      };
    },
    topByDegree(limit): NodeId[] {
      const degrees = new Int32Array(graph.order);
      for (let node = 0; node < graph.order; node++) degrees[node] = graph.degree(node);
      // Indices order as ids do, so ties by index are ties by id.
      const ranked = Array.from({ length: graph.order }, (_, node) => node);
      ranked.sort((a, b) => degrees[b]! - degrees[a]! || a - b);
      return ranked.slice(0, limit).map((node) => graph.nodeIds[node]!);
    },
    schema: () => ({
      nodeTypes: countCodes(graph.nodeTypeTable, graph.nodeTypeCodes),
      relationshipTypes: countCodes(graph.relTypeTable, graph.edgeTypeCodes),
    }),
    allNodes: () => Array.from({ length: graph.order }, (_, node) => graph.readNode(node)),
    allEdges: () => Array.from({ length: graph.size }, (_, edge) => graph.readEdge(edge)),
    exportStream: (sources) => columnarExportStream(graph, sources),
  };
}

/** The indices of the ids that exist, each once, ascending (which is by id). */
function presentIndices(ids: readonly string[], indexOf: (id: string) => number): number[] {
  const found = new Set<number>();
  for (const id of ids) {
    const index = indexOf(id);
    if (index >= 0) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

/** countByType's answer (ordering.ts) from codes: counts per type that occurs, most first, then by type. */
function countCodes<T extends string>(table: readonly T[], codes: Int32Array): { type: T; count: number }[] {
  const counts = new Array<number>(table.length).fill(0);
  for (const code of codes) counts[code]!++;
  // The table holds each type once (snapshot-columns.ts), so one entry per type.
  return table
    .map((type, code) => ({ type, count: counts[code]! }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || compareIds(a.type, b.type));
}

/** memoryExportStream's pages (export-stream.ts) from the columns: nodes, edges, then sources. */
async function* columnarExportStream(
  graph: ColumnarGraph,
  sources: () => Promise<Source[]>,
): AsyncGenerator<ExportPage, void, undefined> {
  for (let start = 0; start < graph.order; start += MEMORY_EXPORT_PAGE) {
    const page: ExportItem[] = [];
    for (let node = start; node < Math.min(graph.order, start + MEMORY_EXPORT_PAGE); node++)
      page.push({ kind: "node", value: graph.readNode(node) });
    yield page;
  }
  for (let start = 0; start < graph.size; start += MEMORY_EXPORT_PAGE) {
    const page: ExportItem[] = [];
    for (let edge = start; edge < Math.min(graph.size, start + MEMORY_EXPORT_PAGE); edge++)
      page.push({ kind: "edge", value: graph.readEdge(edge) });
    yield page;
  }
  const all = await sources();
  if (all.length > 0) yield all.map((value) => ({ kind: "source", value }));
}
