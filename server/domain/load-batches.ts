// How a load is cut into write batches: nodes, then sources, then edges, each in runs of batchSize.
import type { LoadReport } from "../store/graph-store.js";
import type { GraphExport } from "./model.js";

/**
 * Rows per batch when an import does not say: what the Neo4j loader writes best with two transactions in
 * flight (store/neo4j/loader.ts DEFAULT_BATCH_SIZE, bench/changes/sixth-pass-loader.md).
 */
export const DEFAULT_LOAD_BATCH_SIZE = 5_000;

/** The batches `data` is written in: both stores cut it this way, so the import's dry run can count them. */
export function* loadBatches(data: GraphExport, batchSize: number): Generator<GraphExport> {
  assertBatchSize(batchSize);
  for (let i = 0; i < data.nodes.length; i += batchSize)
    yield { nodes: data.nodes.slice(i, i + batchSize), edges: [], sources: [] };
  for (let i = 0; i < data.sources.length; i += batchSize)
    yield { nodes: [], edges: [], sources: data.sources.slice(i, i + batchSize) };
  for (let i = 0; i < data.edges.length; i += batchSize)
    yield { nodes: [], edges: data.edges.slice(i, i + batchSize), sources: [] };
}

/** How many batches loadBatches yields, without cutting them. */
export function loadBatchCount(data: GraphExport, batchSize: number): number {
  assertBatchSize(batchSize);
  const runs = (n: number) => Math.ceil(n / batchSize);
  return runs(data.nodes.length) + runs(data.sources.length) + runs(data.edges.length);
}

function assertBatchSize(batchSize: number): void {
  if (!Number.isSafeInteger(batchSize) || batchSize < 1)
    throw new RangeError(`load: batchSize ${batchSize} must be a positive integer`);
}

/** A report of nothing written yet, to add batches' reports to. */
export function emptyLoadReport(): LoadReport {
  return {
    nodes: { created: 0, updated: 0, unchanged: 0 },
    edges: { created: 0, updated: 0, unchanged: 0 },
    sources: { created: 0, updated: 0, unchanged: 0 },
  };
}

/** Adds `part`'s counts to `into`. */
export function addLoadReport(into: LoadReport, part: LoadReport): void {
  for (const kind of ["nodes", "edges", "sources"] as const) {
    into[kind].created += part[kind].created;
    into[kind].updated += part[kind].updated;
    into[kind].unchanged += part[kind].unchanged;
  }
}
