// Writes a checked import in batches through store.load: sources, then nodes, then edges; cancellable between batches.
import type { GraphExport } from "../model.js";
import type { GraphStore, LoadReport } from "../../store/graph-store.js";
import type { ImportPlan } from "./plan-import.js";

export const DEFAULT_IMPORT_BATCH_SIZE = 500;

/** Batches done of total, after each batch. */
export interface ImportProgress {
  done: number;
  total: number;
}

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

/** The batches `plan` would be written in, in order. */
export function importBatches(plan: ImportPlan, batchSize = DEFAULT_IMPORT_BATCH_SIZE): GraphExport[] {
  const { nodes, edges, sources } = plan.data;
  const batches: GraphExport[] = [];
  for (let i = 0; i < sources.length; i += batchSize)
    batches.push({ nodes: [], edges: [], sources: sources.slice(i, i + batchSize) });
  for (let i = 0; i < nodes.length; i += batchSize)
    batches.push({ nodes: nodes.slice(i, i + batchSize), edges: [], sources: [] });
  for (let i = 0; i < edges.length; i += batchSize)
    batches.push({ nodes: [], edges: edges.slice(i, i + batchSize), sources: [] });
  return batches;
}

/** Write the plan batch by batch, reporting progress; stops early when `signal` aborts. */
export async function applyImport(
  store: GraphStore,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const batches = importBatches(plan, options.batchSize);
  const report: LoadReport = { nodes: tally(), edges: tally(), sources: tally() };
  let done = 0;
  for (const batch of batches) {
    if (options.signal?.aborted) return { report, batches: { done, total: batches.length }, cancelled: true };
    const part = await store.load(batch);
    for (const kind of ["nodes", "edges", "sources"] as const) {
      report[kind].created += part[kind].created;
      report[kind].updated += part[kind].updated;
      report[kind].unchanged += part[kind].unchanged;
    }
    done++;
    options.onProgress?.({ done, total: batches.length });
  }
  return { report, batches: { done, total: batches.length }, cancelled: false };
}

function tally() {
  return { created: 0, updated: 0, unchanged: 0 };
}
