// The import use case: read → plan (validate everything against the store) → apply in batches unless a dry run.
import type { GraphStore, LoadReport } from "../../store/graph-store.js";
import type { Source } from "../model.js";
import { applyImport, importBatchCount, type ApplyOptions, type ImportProgress } from "./apply-import.js";
import type { ImportIssue, Tally } from "./import-types.js";
import { planImport, type ImportContext } from "./plan-import.js";
import { readImport, type ImportInput } from "./read-input.js";

/** What `POST /api/import` answers and `npm run import` prints. */
export interface ImportResult {
  dryRun: boolean;
  file: string;
  sha256: string;
  /** The Source recording this import (cited by the edges it added without evidence of their own). */
  source: Source;
  /** What the import would do (dry run) or was planned to do, compared with the store before writing. */
  summary: { nodes: Tally; edges: Tally; sources: Tally };
  /** What the store reported writing; absent in a dry run. */
  applied?: LoadReport;
  batches: ImportProgress;
  cancelled: boolean;
  /** Duplicate ids within the file (the last one won). */
  warnings: ImportIssue[];
}

/**
 * Import `input` into `store`. Nothing is written when any record is refused (ImportRefusedError) or
 * when `dryRun` is set.
 */
export async function importGraph(
  store: GraphStore,
  input: ImportInput,
  context: ImportContext,
  options: ApplyOptions & { dryRun: boolean },
): Promise<ImportResult> {
  const read = await readImport(input);
  const plan = await planImport(store, read, context);
  const base = {
    file: read.fileName,
    sha256: read.hash,
    source: plan.source,
    summary: plan.summary,
    warnings: plan.warnings,
  };
  if (options.dryRun) {
    const total = importBatchCount(plan, options.batchSize);
    return { dryRun: true, ...base, batches: { done: 0, total }, cancelled: false };
  }
  const applied = await applyImport(store, plan, options);
  return {
    dryRun: false,
    ...base,
    applied: applied.report,
    batches: applied.batches,
    cancelled: applied.cancelled,
  };
}
