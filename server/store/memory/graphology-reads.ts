// The memory store's reads from its graphology graph (the helpers beside this file do the work).
import { compareIds, countByType } from "../../domain/ordering.js";
import type { RelType } from "../../domain/vocabulary.js";
import { memoryExportStream } from "./export-stream.js";
import type { GraphReads } from "./graph-reads.js";
import { readEdge, readNode, type MemoryGraph } from "./graph-types.js";
import { lookupEdges, lookupNodes } from "./lookup-many.js";
import { inTypeOrder, neighborCounts } from "./neighbor-counts.js";
import type { ExpandIndexCache } from "./expand-index.js";
import { indexedNeighborhood } from "./indexed-neighbors.js";
import { neighborhood } from "./neighbors.js";
import { inducedSubgraph } from "./subgraph.js";
import { topByDegree } from "./top-degree.js";

/** Reads from `graph`; depth-1 expansions from `expandIndex` whenever it matches the graph. */
export function graphologyReads(graph: MemoryGraph, expandIndex?: ExpandIndexCache): GraphReads {
  return {
    counts: () => ({ nodes: graph.order, relationships: graph.size }),
    getNode: (id) => (graph.hasNode(id) ? readNode(graph, id) : null),
    getEdge: (id) => (graph.hasEdge(id) ? readEdge(graph, id) : null),
    getNodes: (ids) => lookupNodes(graph, ids),
    getEdges: (ids) => lookupEdges(graph, ids),
    degree(id) {
      // Every incident relationship counted once, whatever its direction, also per type; and distinct neighbours.
      if (!graph.hasNode(id)) return null;
      const byType: Partial<Record<RelType, number>> = {};
      const edges = graph.edges(id);
      for (const edge of edges) {
        const type = graph.getEdgeAttribute(edge, "type");
        byType[type] = (byType[type] ?? 0) + 1;
      }
      return inTypeOrder({ total: edges.length, byType, neighbors: neighborCounts(graph, id) });
    },
    neighbors(id, options) {
      const index = options.depth === 1 ? expandIndex?.current() : null;
      return index ? indexedNeighborhood(index, id, options) : neighborhood(graph, id, options);
    },
    subgraph: (ids, options) => inducedSubgraph(graph, ids, options),
    topByDegree: (limit) => topByDegree(graph, limit),
    schema: () => ({
      nodeTypes: countByType(graph.mapNodes((_id, attrs) => attrs.type)),
      relationshipTypes: countByType(graph.mapEdges((_id, attrs) => attrs.type)),
    }),
    allNodes: () => [...graph.nodes()].sort(compareIds).map((id) => readNode(graph, id)),
    allEdges: () => [...graph.edges()].sort(compareIds).map((id) => readEdge(graph, id)),
    exportStream: (sources) => memoryExportStream(graph, sources),
  };
}
