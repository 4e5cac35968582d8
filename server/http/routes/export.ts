// GET /api/export: the whole graph, streamed from the store as it is written (never built in memory).
import type { Request, Response } from "express";
import { exportJsonChunks } from "../../domain/export-json.js";
import type { AppDeps } from "../deps.js";
import { parseExportParams } from "../parse.js";
import { streamResponse } from "../stream-response.js";

/**
 * JSON only (parse.ts EXPORT_FORMATS): the same bytes `res.json(await store.exportAll())` sent, written
 * from the store's pages in ~64 KB chunks with back-pressure. Without Content-Length (chunked); a failure
 * after the first chunk cuts the connection, so a truncated body is an aborted transfer and does not parse.
 */
export async function sendExport(
  req: Request,
  res: Response,
  { store, logger }: Pick<AppDeps, "store" | "logger">,
): Promise<void> {
  parseExportParams(req.query);
  await streamResponse(res, exportJsonChunks(store.exportStream()), {
    contentType: "application/json; charset=utf-8",
    operation: "GET /api/export",
    logger,
  });
}
