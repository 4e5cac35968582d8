// POST /api/import: upload a graph (JSON, CSV, GEXF, GraphML); dry run or apply, with NDJSON progress on request.
import type { Router, Request, Response } from "express";
import { DomainError } from "../../domain/errors.js";
import { applyImport, importBatchCount } from "../../domain/import/apply-import.js";
import { planImport } from "../../domain/import/plan-import.js";
import { readImport } from "../../domain/import/read-input.js";
import type { ImportResult } from "../../domain/import/run-import.js";
import type { AppDeps } from "../deps.js";
import { checkWriteAccess } from "../write-access.js";
import { parseImportParams } from "./import-params.js";
import { RAW_IMPORT_TYPES, readUpload } from "./import-upload.js";

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const NDJSON = "application/x-ndjson";

/** Registered before the API's JSON body parser: the import reads its own (larger) body. */
export function importRoutes(router: Router, { store, config, logger }: AppDeps): void {
  router.post("/import", async (req, res) => {
    checkWriteAccess(req, config, { multipart: true, contentTypes: Object.keys(RAW_IMPORT_TYPES) });
    const upload = await readUpload(req, config.IMPORT_MAX_BYTES ?? DEFAULT_MAX_BYTES);
    const params = parseImportParams(req.query as Record<string, unknown>, upload);
    const read = await readImport({ format: params.format, ...upload.files, mapping: params.mapping });
    const plan = await planImport(store, read, { who: who(req, config.API_TOKEN) });
    const base = {
      file: read.fileName,
      sha256: read.hash,
      source: plan.source,
      summary: plan.summary,
      warnings: plan.warnings,
    };
    if (params.dryRun) {
      const result: ImportResult = {
        dryRun: true,
        ...base,
        batches: { done: 0, total: importBatchCount(plan, params.batchSize) },
        cancelled: false,
      };
      res.json(result);
      return;
    }
    // The client going away (a cancel) stops the import between batches.
    const abort = new AbortController();
    res.on("close", () => abort.abort());
    const streaming = (req.get("accept") ?? "").includes(NDJSON);
    if (streaming) res.status(200).type(NDJSON).flushHeaders();
    try {
      const applied = await applyImport(store, plan, {
        batchSize: params.batchSize,
        signal: abort.signal,
        onProgress: (progress) => streaming && res.write(JSON.stringify({ progress }) + "\n"),
      });
      const result: ImportResult = { dryRun: false, ...base, ...applied, applied: applied.report };
      if (streaming) res.end(JSON.stringify({ result }) + "\n");
      else res.json(result);
    } catch (error) {
      if (!streaming) throw error;
      if (!(error instanceof DomainError)) logger.error("import failed while streaming", { error });
      endWithError(res, error);
    }
  });
}

/** "API token holder" when a valid bearer token came with the request, else the client's address. */
function who(req: Request, token: string | undefined): string {
  return token ? "API token holder" : `anonymous (${req.ip ?? "unknown address"})`;
}

/** Headers are sent: the error becomes the stream's last line. */
function endWithError(res: Response, error: unknown): void {
  const body =
    error instanceof DomainError
      ? { code: error.code, message: error.message, details: error.details }
      : { code: "internal", message: "internal error; the server log has the details" };
  res.end(JSON.stringify({ error: body }) + "\n");
}
