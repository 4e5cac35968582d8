// The memory store's streamed export: exportAll's items, in its order, read a page at a time from the live graph.
import type { Source } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import type { ExportItem } from "../graph-store.js";
import { readEdge, readNode, type MemoryGraph } from "./graph-types.js";

/**
 * Items per page: big enough that the per-page await costs nothing next to the items' JSON (an await per item
 * cost more than the JSON itself), small enough that a page is a few hundred kilobytes at most.
 */
export const MEMORY_EXPORT_PAGE = 2_000;

/**
 * Nodes by id, then edges by id, then sources (one page), in non-empty pages of at most `pageSize` items.
 * Only the sorted id lists are held (references to keys the graph already holds); a page's items are copied
 * when the page is reached, so peak memory is the id lists plus one page.
 * An id removed while the export runs is skipped; one added after its list was taken is not seen.
 */
export async function* memoryExportStream(
  graph: MemoryGraph,
  sources: () => Promise<Source[]>,
  pageSize = MEMORY_EXPORT_PAGE,
): AsyncGenerator<ExportItem[], void, undefined> {
  const nodeIds = graph.nodes().sort(compareIds);
  for (const page of pagesOf(nodeIds, pageSize, (id) =>
    graph.hasNode(id) ? { kind: "node", value: readNode(graph, id) } : undefined,
  ))
    yield page;
  const edgeIds = graph.edges().sort(compareIds);
  for (const page of pagesOf(edgeIds, pageSize, (id) =>
    graph.hasEdge(id) ? { kind: "edge", value: readEdge(graph, id) } : undefined,
  ))
    yield page;
  const all = await sources();
  if (all.length > 0) yield all.map((value) => ({ kind: "source", value }));
}

/** `ids` read `pageSize` at a time, each page built only when it is asked for; ids read as undefined are left out. */
function* pagesOf(
  ids: readonly string[],
  pageSize: number,
  read: (id: string) => ExportItem | undefined,
): Generator<ExportItem[], void, undefined> {
  for (let start = 0; start < ids.length; start += pageSize) {
    const page: ExportItem[] = [];
    const end = Math.min(start + pageSize, ids.length);
    for (let i = start; i < end; i++) {
      const item = read(ids[i]!);
      if (item) page.push(item);
    }
    if (page.length > 0) yield page;
  }
}
