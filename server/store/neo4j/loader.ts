// Batched load of a GraphExport into Neo4j: validate everything, then per batch either plain CREATE (fresh) or a classifying upsert.
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import type { GraphEdge, GraphExport, GraphNode, Source } from "../../domain/model.js";
import { assertNoDanglingEdges, validateGraphExport } from "../../domain/validate-load.js";
import type { NodeType, RelType } from "../../domain/vocabulary.js";
import { loadBatchCount } from "../../domain/load-batches.js";
import type { LoadProgress, LoadReport } from "../graph-store.js";
import { BatchWriter, DEFAULT_TRANSACTIONS_IN_FLIGHT } from "./batch-writer.js";
import * as C from "./create-queries.js";
import {
  groupBy,
  tally,
  upsertEdgeBatch,
  upsertNodeBatch,
  upsertSourceBatch,
  type Tally,
} from "./loader-upsert.js";
import { toCount } from "./mappers.js";
import * as Q from "./queries.js";
import { edgeCreateRow, nodeCreateRow, sourceRow } from "./rows.js";
import {
  awaitIndexes,
  createIndexes,
  dropIndexes,
  missingIndexes,
  searchIndexes,
  shouldDefer,
  type SearchIndex,
} from "./search-indexes.js";

export { DEFAULT_TRANSACTIONS_IN_FLIGHT } from "./batch-writer.js";
export { upsertEdgeBatch, upsertNodeBatch } from "./loader-upsert.js";

/**
 * Rows per write transaction. With two in flight, 5,000 beat 10,000 (the best one at a time) in six interleaved
 * BA 100k rounds: nodes/s in all six (1.0–1.9×), edges/s in five, server CPU lower in all six
 * (bench/changes/sixth-pass-loader.md).
 */
export const DEFAULT_BATCH_SIZE = 5_000;

/**
 * How batches are written.
 * - "upsert": read what exists, write what changed, count created/updated/unchanged (idempotent re-imports).
 * - "fresh": the caller knows the ids are new (e.g. the next chunk of a load into a cleared database):
 *   plain CREATE, no read. A batch that meets an id already stored (the uniqueness constraints reject
 *   it, nothing is duplicated) is rolled back and redone by "upsert", and so is every later batch.
 *   Caveat: relationship ids are unique per type only, so an edge id stored under another type is not caught.
 * - "auto" (default): "fresh" when the database holds none of our nodes, else "upsert".
 */
export type LoadMode = "auto" | "fresh" | "upsert";

export interface LoaderOptions {
  database?: string;
  /** Rows per write transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  mode?: LoadMode;
  /**
   * Drop the search indexes (TEXT, FULLTEXT, searchKey's RANGE) before the node batches and re-create them after
   * (search-indexes.ts). Default: when the load writes fresh and at least as many nodes as are
   * stored (and ≥ 10,000). Either way they exist and are online again when the load returns.
   */
  deferSearchIndexes?: boolean;
  /**
   * Fresh batches written at once, each on its own session, committed in order (batch-writer.ts; default 2).
   * 1 writes one batch at a time. Upserting batches always go one at a time.
   */
  transactionsInFlight?: number;
  /** After each batch commits: batches done of total (domain/load-batches.ts counts them). */
  onProgress?: (progress: LoadProgress) => void;
  /** Once aborted, no further batch starts; those in flight commit and the load returns what was written. */
  signal?: AbortSignal;
}

/**
 * Upsert `data` by id, the same way the memory store does: absent items are created, different ones
 * replaced whole (an edge whose type or ends changed is deleted and re-created), equal ones left
 * alone and counted `unchanged`. Everything is validated before the first write (shapes, vocabulary,
 * unique ids, edge ends present in the data or the database), so a rejected load writes nothing.
 * Each batch is its own write transaction; all nodes commit before the sources, and those before the edges,
 * so edges always find their ends. Fresh batches overlap (two in flight by default) but commit in order
 * (batch-writer.ts), so a load that fails mid-way has written the batches before the failed one, each whole,
 * and nothing of it or after it: the in-flight ones after it roll back before the error reaches the caller.
 * A bulk fresh load re-creates the search indexes once after its nodes instead of updating them per
 * row; if it fails, they are re-created before the error is thrown.
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
  const inFlight = options.transactionsInFlight ?? DEFAULT_TRANSACTIONS_IN_FLIGHT;
  if (!Number.isSafeInteger(inFlight) || inFlight < 1)
    throw new RangeError(`loadGraph: transactionsInFlight ${inFlight} must be a positive integer`);

  const s = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const { existing, empty, entities } = await s.executeRead(async (tx) => {
      const found = await tx.run(Q.EXISTING_NODE_IDS, { ids: externalNodeIds });
      const count = await tx.run(C.OUR_NODE_COUNT);
      return {
        existing: new Set(found.records.map((r) => String(r.get("id")))),
        empty: toCount(count.records[0]?.get("count")) === 0,
        entities: toCount(count.records[0]?.get("entities")),
      };
    });
    assertNoDanglingEdges(clean, existing);

    const mode = options.mode ?? "auto";
    const fresh = mode === "fresh" || (mode === "auto" && empty);
    const indexes = await searchIndexes();
    const defer =
      clean.nodes.length > 0 &&
      (options.deferSearchIndexes ?? shouldDefer(fresh, clean.nodes.length, entities));
    // Indexes a killed bulk load left dropped come back before anything is written.
    const missing = defer ? [] : await missingIndexes(driver, options.database, indexes);
    if (missing.length > 0) await createIndexes(driver, options.database, missing);
    const restore: SearchIndex[] = defer ? indexes : missing;
    if (defer) await dropIndexes(driver, options.database, indexes);

    const writer = new BatchWriter(driver, options.database, fresh, inFlight);
    // The same batches, in the same order, as domain/load-batches.ts cuts: its count is the progress total.
    const total = loadBatchCount(clean, batchSize);
    let done = 0;
    const hooks = {
      signal: options.signal,
      onWritten: () => options.onProgress?.({ done: ++done, total }),
    };
    let report: LoadReport;
    try {
      const nodes = await writer.writeAll(
        chunks(clean.nodes, batchSize),
        createNodeBatch,
        upsertNodeBatch,
        hooks,
      );
      // Population runs in the background while the edges load (they touch no node index).
      if (defer) await createIndexes(driver, options.database, indexes);
      const sources = await writer.writeAll(
        chunks(clean.sources, batchSize),
        createSourceBatch,
        upsertSourceBatch,
        hooks,
      );
      const edges = await writer.writeAll(
        chunks(clean.edges, batchSize),
        createEdgeBatch,
        upsertEdgeBatch,
        hooks,
      );
      report = { nodes, edges, sources };
    } catch (error) {
      if (defer) await restoreAfterFailure(driver, options.database, indexes);
      throw error;
    } finally {
      await writer.close();
    }
    await awaitIndexes(driver, options.database, restore);
    return report;
  } finally {
    await s.close();
  }
}

/**
 * Re-create the deferred indexes after a failed batch, then let the load's own error through. If Neo4j
 * itself is gone this fails too: the next load (missingIndexes above) or the store's schema step on
 * reconnecting (connection.ts → applySchema) re-creates them, so they are never left dropped for good.
 */
async function restoreAfterFailure(
  driver: Driver,
  database: string | undefined,
  indexes: SearchIndex[],
): Promise<void> {
  try {
    await createIndexes(driver, database, indexes);
    await awaitIndexes(driver, database, indexes);
  } catch {
    // Deliberately quiet: the batch's error is the one the caller needs; see above for the recovery.
  }
}

async function createNodeBatch(tx: ManagedTransaction, batch: GraphNode[]): Promise<Tally> {
  for (const [type, nodes] of groupBy(batch, (n) => n.type))
    await tx.run(C.createNodes(type as NodeType), { rows: nodes.map(nodeCreateRow) });
  return tally(batch.length);
}

async function createSourceBatch(tx: ManagedTransaction, batch: Source[]): Promise<Tally> {
  await tx.run(C.CREATE_SOURCES, { rows: batch.map(sourceRow) });
  return tally(batch.length);
}

async function createEdgeBatch(tx: ManagedTransaction, batch: GraphEdge[]): Promise<Tally> {
  for (const [type, edges] of groupBy(batch, (e) => e.type)) {
    const result = await tx.run(C.createEdges(type as RelType), { rows: edges.map(edgeCreateRow) });
    const created = result.summary.counters.updates().relationshipsCreated;
    // Ends were checked before the load; one missing now means a concurrent delete: roll back, say so.
    if (created !== edges.length)
      throw new Error(`loadGraph: created ${created} of ${edges.length} ${type} edges (an end vanished?)`);
  }
  return tally(batch.length);
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
