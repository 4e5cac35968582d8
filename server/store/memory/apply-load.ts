// Writes validated data into the memory store's graph and source table, counting what changed.
import { isDeepStrictEqual } from "node:util";
import type { GraphExport, Source } from "../../domain/model.js";
import type { LoadReport } from "../graph-store.js";
import { edgeAttributes, nodeAttributes, type MemoryGraph } from "./graph-types.js";

type Tally = LoadReport["nodes"];

/**
 * Upsert by id: absent items are created, different ones replaced whole, equal ones left alone.
 * `data` must already be validated (no dangling edges), so this cannot fail half-way.
 */
export function applyLoad(graph: MemoryGraph, sources: Map<string, Source>, data: GraphExport): LoadReport {
  const report: LoadReport = { nodes: tally(), edges: tally(), sources: tally() };

  for (const node of data.nodes) {
    const attrs = nodeAttributes(node);
    if (!graph.hasNode(node.id)) {
      graph.addNode(node.id, attrs);
      report.nodes.created++;
    } else if (isDeepStrictEqual(graph.getNodeAttributes(node.id), attrs)) {
      report.nodes.unchanged++;
    } else {
      graph.replaceNodeAttributes(node.id, attrs);
      report.nodes.updated++;
    }
  }

  for (const edge of data.edges) {
    const attrs = edgeAttributes(edge);
    if (!graph.hasEdge(edge.id)) {
      graph.addEdgeWithKey(edge.id, edge.source, edge.target, attrs);
      report.edges.created++;
      continue;
    }
    const sameEnds = graph.source(edge.id) === edge.source && graph.target(edge.id) === edge.target;
    if (sameEnds && isDeepStrictEqual(graph.getEdgeAttributes(edge.id), attrs)) {
      report.edges.unchanged++;
    } else {
      // graphology cannot move an edge's ends: drop and re-add under the same key.
      graph.dropEdge(edge.id);
      graph.addEdgeWithKey(edge.id, edge.source, edge.target, attrs);
      report.edges.updated++;
    }
  }

  for (const source of data.sources) {
    const current = sources.get(source.id);
    if (!current) report.sources.created++;
    else if (isDeepStrictEqual(current, source)) report.sources.unchanged++;
    else report.sources.updated++;
    sources.set(source.id, source);
  }
  return report;
}

function tally(): Tally {
  return { created: 0, updated: 0, unchanged: 0 };
}
