// The Neo4j store's streamed export: keyset pages (index seeks by id, never SKIP), one short READ transaction each.
import neo4j, { type ManagedTransaction, type Node, type Relationship } from "neo4j-driver";
import type { GraphEdge } from "../../domain/model.js";
import { compareIds } from "../../domain/ordering.js";
import { isRelType, relTypes, type RelType } from "../../domain/vocabulary.js";
import type { ExportItem } from "../graph-store.js";
import { toGraphEdge, toGraphNode, toSource } from "./mappers.js";

/** Runs `work` in a READ transaction through the store's guard (connection check, error translation). */
export type ReadPage = <T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

/** Nodes per page; edges per page per relationship type (one page of each type is held for the merge). */
export interface ExportPageSizes {
  nodes: number;
  edges: number;
}
const DEFAULT_PAGES: ExportPageSizes = { nodes: 2_000, edges: 1_000 };

/** Params: after (the last id seen; "" first: ids are never empty), page. Ordered by the entity_id index. */
const NODE_PAGE_QUERY = `
MATCH (n:Entity) WHERE n.id > $after
RETURN n ORDER BY n.id LIMIT $page`;

/** Params: after, page. Served in order by the type's id constraint (cypher/schema.cypher); `type` is allow-listed. */
function edgePageQuery(type: RelType): string {
  if (!isRelType(type)) throw new Error(`neo4j.export-stream: "${String(type)}" is not a relationship type`);
  return `
MATCH (a:Entity)-[r:${type}]->(b:Entity) WHERE r.id > $after
RETURN r, a.id AS source, b.id AS target ORDER BY r.id LIMIT $page`;
}

/** Params: none. */
const ALL_SOURCES = `MATCH (s:Source) RETURN s`;

/**
 * exportAll's items in its order, in pages: each node page as read, the merged edges in pages of up to
 * `pages.edges`, the sources as one page. Each read is its own short transaction, so a slow reader never holds
 * one open past the query timeout; keyset paging (`id > last`) means an item present throughout is read exactly
 * once even if others are written meanwhile (like exportAll, this is not a snapshot: Neo4j reads are
 * read-committed). Edges: one cursor per relationship type (each an ordered index seek), merged by id here —
 * Neo4j has no index over the ids of every type, and `ORDER BY r.id` over all of them would sort the whole set.
 * Stopping the iteration (`return()`) stops the paging: no further page is asked for.
 */
export async function* neo4jExportStream(
  readPage: ReadPage,
  pages: ExportPageSizes = DEFAULT_PAGES,
): AsyncGenerator<ExportItem[], void, undefined> {
  for (let after = ""; ;) {
    const nodes = await readPage("Neo4jStore.exportStream", async (tx) =>
      (await tx.run(NODE_PAGE_QUERY, { after, page: neo4j.int(pages.nodes) })).records.map((r) =>
        toGraphNode(r.get("n") as Node),
      ),
    );
    if (nodes.length > 0) yield nodes.map((value) => ({ kind: "node", value }));
    if (nodes.length < pages.nodes) break;
    after = nodes[nodes.length - 1]!.id;
  }
  yield* mergeEdges(
    relTypes().map((type) => edgeCursor(readPage, type, pages.edges)),
    pages.edges,
  );
  const sources = await readPage("Neo4jStore.exportStream", async (tx) =>
    (await tx.run(ALL_SOURCES)).records.map((r) => toSource(r.get("s") as Node)),
  );
  if (sources.length > 0)
    yield sources.sort((a, b) => compareIds(a.id, b.id)).map((value) => ({ kind: "source", value }));
}

/** One relationship type's edges by id, a non-empty page at a time. */
async function* edgeCursor(
  readPage: ReadPage,
  type: RelType,
  page: number,
): AsyncGenerator<GraphEdge[], void, undefined> {
  const query = edgePageQuery(type);
  for (let after = ""; ;) {
    const edges = await readPage("Neo4jStore.exportStream", async (tx) =>
      (await tx.run(query, { after, page: neo4j.int(page) })).records.map((r) =>
        toGraphEdge(r.get("r") as Relationship, r.get("source"), r.get("target")),
      ),
    );
    if (edges.length > 0) yield edges;
    if (edges.length < page) return;
    after = edges[edges.length - 1]!.id;
  }
}

/** A cursor's current page and the position of its smallest unmerged edge. */
interface Head {
  cursor: AsyncGenerator<GraphEdge[], void, undefined>;
  page: GraphEdge[];
  at: number;
}

/**
 * K-way merge of id-ordered cursors (K = the vocabulary's relationship types, a few dozen: a linear scan
 * suffices), emitted in pages of up to `pageSize` edges. A cursor's next page is read only when its current
 * one is used up and its next edge is needed to choose the smallest, so paging stays as lazy as the reader.
 */
async function* mergeEdges(
  cursors: AsyncGenerator<GraphEdge[], void, undefined>[],
  pageSize: number,
): AsyncGenerator<ExportItem[], void, undefined> {
  const heads: Head[] = [];
  try {
    for (const cursor of cursors) {
      const first = await cursor.next();
      if (!first.done) heads.push({ cursor, page: first.value, at: 0 });
    }
    let out: ExportItem[] = [];
    while (heads.length > 0) {
      let min = 0;
      for (let i = 1; i < heads.length; i++)
        if (compareIds(heads[i]!.page[heads[i]!.at]!.id, heads[min]!.page[heads[min]!.at]!.id) < 0) min = i;
      const head = heads[min]!;
      out.push({ kind: "edge", value: head.page[head.at]! });
      if (out.length === pageSize) {
        yield out;
        out = [];
      }
      if (++head.at < head.page.length) continue;
      const next = await head.cursor.next();
      if (next.done) heads.splice(min, 1);
      else {
        head.page = next.value;
        head.at = 0;
      }
    }
    if (out.length > 0) yield out;
  } finally {
    // Stopped early (the client went away): close every cursor so none asks for another page.
    await Promise.all(cursors.map((c) => c.return(undefined)));
  }
}
