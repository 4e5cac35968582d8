// Writes a checked import through one store.load, batch by batch (nodes, sources, edges); cancellable between batches.
import type { GraphStore, LoadProgress, LoadReport } from "../../store/graph-store.js";
import { DEFAULT_LOAD_BATCH_SIZE, loadBatchCount } from "../load-batches.js";
import type { ImportPlan } from "./plan-import.js";

/**
 * Records per write batch. One load over the whole import (not a load per batch) lets the store validate once,
 * choose its fastest way to write (Neo4j: plain CREATE into an empty database, its search indexes built once
 * after the nodes, two transactions in flight), and keep the batches it has written when cancelled.
 */
export const DEFAULT_IMPORT_BATCH_SIZE = DEFAULT_LOAD_BATCH_SIZE;

/** Batches done of total, after each batch. */
export type ImportProgress = LoadProgress;

export interface ApplyOptions {
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between batches: each batch already written stays (it is atomic and idempotent; re-run to finish). */
  signal?: AbortSignal;
}

export interface ApplyResult {
  report: LoadReport;
  batches: ImportProgress;
  cancelled: boolean;
}

/** How many batches applying `plan` writes (what a dry run reports). */
export function importBatchCount(plan: ImportPlan, batchSize = DEFAULT_IMPORT_BATCH_SIZE): number {
  return loadBatchCount(plan.data, batchSize);
}

/** Write the plan batch by batch, reporting progress; stops early when `signal` aborts. */
export async function applyImport(
  store: GraphStore,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE;
  const total = importBatchCount(plan, batchSize);
  let done = 0;
  const report = await store.load(plan.data, {
    batchSize,
    idsAreNew: createsOnly(plan),
    signal: options.signal,
    onProgress: (progress) => {
      done = progress.done;
      options.onProgress?.(progress);
    },
  });
  return { report, batches: { done, total }, cancelled: done < total };
}

/** The plan found none of its nodes, edges or sources in the store: applying it only creates. */
function createsOnly(plan: ImportPlan): boolean {
  return Object.values(plan.summary).every((tally) => tally.updated === 0 && tally.unchanged === 0);
}
