// Applies a validated ChangeSet to the memory store's graph: removals, then upserts; cannot fail half-way.
import { assertEndsExist, validateChangeSet } from "../../domain/edit-validate.js";
import type { ChangeReport, ChangeSet } from "../graph-store.js";
import { edgeAttributes, nodeAttributes, type MemoryGraph } from "./graph-types.js";

/**
 * Validate everything against the graph first, then mutate: a rejected change leaves the graph untouched.
 * @throws InvalidArgumentError naming the bad item.
 */
export function applyChanges(graph: MemoryGraph, change: ChangeSet): ChangeReport {
  const checked = validateChangeSet(change);
  const removed = new Set(checked.removeNodes);
  const existing = new Set(checked.externalNodeIds.filter((id) => graph.hasNode(id) && !removed.has(id)));
  assertEndsExist(checked, existing);

  const report: ChangeReport = { nodes: { upserted: 0, removed: 0 }, edges: { upserted: 0, removed: 0 } };
  for (const id of checked.removeEdges) {
    if (!graph.hasEdge(id)) continue;
    graph.dropEdge(id);
    report.edges.removed++;
  }
  for (const id of checked.removeNodes) {
    if (!graph.hasNode(id)) continue;
    report.edges.removed += graph.edges(id).length;
    graph.dropNode(id);
    report.nodes.removed++;
  }
  for (const node of checked.upsertNodes) {
    const attrs = nodeAttributes(node);
    if (graph.hasNode(node.id)) graph.replaceNodeAttributes(node.id, attrs);
    else graph.addNode(node.id, attrs);
    report.nodes.upserted++;
  }
  for (const edge of checked.upsertEdges) {
    // graphology cannot move an edge's ends: drop and re-add under the same key.
    if (graph.hasEdge(edge.id)) graph.dropEdge(edge.id);
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
    report.edges.upserted++;
  }
  return report;
}
