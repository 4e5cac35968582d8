// The memory store's streamed export: exportAll's items, in its order, read one at a time from the live graph.
import type { Source } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { ExportItem } from "../graph-store.js";
import { readEdge, readNode, type MemoryGraph } from "./graph-types.js";

/**
 * Nodes by id, then edges by id, then sources. Only the sorted id lists are held (references to keys the
 * graph already holds); each item is copied when it is reached, so peak memory is the id lists plus one item.
 * An id removed while the export runs is skipped; one added after its list was taken is not seen.
 */
export async function* memoryExportStream(
  graph: MemoryGraph,
  sources: () => Promise<Source[]>,
): AsyncGenerator<ExportItem, void, undefined> {
  const nodeIds = graph.nodes().sort(compareIds);
  for (const id of nodeIds) if (graph.hasNode(id)) yield { kind: "node", value: readNode(graph, id) };
  const edgeIds = graph.edges().sort(compareIds);
  for (const id of edgeIds) if (graph.hasEdge(id)) yield { kind: "edge", value: readEdge(graph, id) };
  for (const source of await sources()) yield { kind: "source", value: source };
}
