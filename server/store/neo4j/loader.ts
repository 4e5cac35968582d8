// Batched, idempotent upsert of a GraphExport into Neo4j: validate everything, then UNWIND … MERGE per batch.
import { isDeepStrictEqual } from "node:util";
import neo4j, { type Driver, type ManagedTransaction, type Node, type Relationship } from "neo4j-driver";
import type { GraphEdge, GraphExport, GraphNode, Source } from "../../domain/model.js";
import { assertNoDanglingEdges, validateGraphExport } from "../../domain/validate-load.js";
import type { NodeType, RelType } from "../../domain/vocabulary.js";
import type { LoadReport } from "../graph-store.js";
import { toGraphEdge, toGraphNode, toSource } from "./mappers.js";
import * as Q from "./queries.js";
import { edgeRow, nodeRow, sourceRow } from "./rows.js";

export const DEFAULT_BATCH_SIZE = 1_000;

export interface LoaderOptions {
  database?: string;
  /** Rows per write transaction (default 1000). */
  batchSize?: number;
}

type Tally = LoadReport["nodes"];

/**
 * Upsert `data` by id, the same way the memory store does: absent items are created, different ones
 * replaced whole (an edge whose type or ends changed is deleted and re-created), equal ones left
 * alone and counted `unchanged`. Everything is validated before the first write (shapes, vocabulary,
 * unique ids, edge ends present in the data or the database), so a rejected load writes nothing.
 * Each batch is its own write transaction; nodes go first so edges always find their ends.
 * @throws InvalidArgumentError naming the first bad item.
 */
export async function loadGraph(
  driver: Driver,
  data: GraphExport,
  options: LoaderOptions = {},
): Promise<LoadReport> {
  const { data: clean, externalNodeIds } = validateGraphExport(data);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1)
    throw new RangeError(`loadGraph: batchSize ${batchSize} must be a positive integer`);
  const session = () =>
    driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });

  const s = session();
  try {
    const existing = await s.executeRead(async (tx) => {
      const result = await tx.run(Q.EXISTING_NODE_IDS, { ids: externalNodeIds });
      return new Set(result.records.map((r) => String(r.get("id"))));
    });
    assertNoDanglingEdges(clean, existing);

    const report: LoadReport = { nodes: tally(), edges: tally(), sources: tally() };
    for (const batch of chunks(clean.nodes, batchSize))
      add(report.nodes, await s.executeWrite((tx) => upsertNodeBatch(tx, batch)));
    for (const batch of chunks(clean.sources, batchSize))
      add(report.sources, await s.executeWrite((tx) => upsertSourceBatch(tx, batch)));
    for (const batch of chunks(clean.edges, batchSize))
      add(report.edges, await s.executeWrite((tx) => upsertEdgeBatch(tx, batch)));
    return report;
  } finally {
    await s.close();
  }
}

/** Upsert one batch of nodes in `tx`, counting what changed (also used by curation, apply-changes.ts). */
export async function upsertNodeBatch(tx: ManagedTransaction, batch: GraphNode[]): Promise<Tally> {
  const result = await tx.run(Q.GET_NODES, { ids: batch.map((n) => n.id) });
  const current = new Map(
    result.records.map((r) => {
      const n = toGraphNode(r.get("n") as Node);
      return [n.id, n] as const;
    }),
  );
  const { counts, changed } = classify(batch, current, (a, b) => isDeepStrictEqual(a, b));
  for (const [type, nodes] of groupBy(changed, (n) => n.type)) {
    await tx.run(Q.upsertNodes(type as NodeType), { rows: nodes.map(nodeRow) });
  }
  return counts;
}

async function upsertSourceBatch(tx: ManagedTransaction, batch: Source[]): Promise<Tally> {
  const result = await tx.run(Q.EXISTING_SOURCES, { ids: batch.map((s) => s.id) });
  const current = new Map(
    result.records.map((r) => {
      const s = toSource(r.get("s") as Node);
      return [s.id, s] as const;
    }),
  );
  const { counts, changed } = classify(batch, current, (a, b) => isDeepStrictEqual(a, b));
  if (changed.length > 0) await tx.run(Q.UPSERT_SOURCES, { rows: changed.map(sourceRow) });
  return counts;
}

/** Upsert one batch of edges in `tx`; an edge whose type or ends changed is deleted and re-created. */
export async function upsertEdgeBatch(tx: ManagedTransaction, batch: GraphEdge[]): Promise<Tally> {
  const result = await tx.run(Q.existingEdges(), { ids: batch.map((e) => e.id) });
  const current = new Map(
    result.records.map((r) => {
      const e = toGraphEdge(r.get("r") as Relationship, r.get("source"), r.get("target"));
      return [e.id, e] as const;
    }),
  );
  const { counts, changed } = classify(batch, current, (a, b) => isDeepStrictEqual(a, b));
  // MERGE cannot move an edge to other ends or another type: drop the stored one first.
  const stale = changed.map((e) => current.get(e.id)).filter((e): e is GraphEdge => e !== undefined);
  for (const [type, edges] of groupBy(stale, (e) => e.type)) {
    await tx.run(Q.deleteEdges(type as RelType), { ids: edges.map((e) => e.id) });
  }
  for (const [type, edges] of groupBy(changed, (e) => e.type)) {
    await tx.run(Q.upsertEdges(type as RelType), { rows: edges.map(edgeRow) });
  }
  return counts;
}

function classify<T extends { id: string }>(
  batch: T[],
  current: ReadonlyMap<string, T>,
  equal: (a: T, b: T) => boolean,
): { counts: Tally; changed: T[] } {
  const counts = tally();
  const changed: T[] = [];
  for (const item of batch) {
    const stored = current.get(item.id);
    if (!stored) counts.created++;
    else if (equal(stored, item)) {
      counts.unchanged++;
      continue;
    } else counts.updated++;
    changed.push(item);
  }
  return { counts, changed };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function tally(): Tally {
  return { created: 0, updated: 0, unchanged: 0 };
}

function add(into: Tally, more: Tally): void {
  into.created += more.created;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
}
