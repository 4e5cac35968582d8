// `npm run import` without NEO4J_URI: sends the files to a running explorer and follows its NDJSON progress.
import path from "node:path";
import type { ImportProgress } from "../domain/import/apply-import.js";
import type { ImportResult } from "../domain/import/run-import.js";
import type { ImportFile } from "../domain/import/read-input.js";
import type { ImportArgs } from "./import-args.js";

/** The server refused the import (or failed): its `{code, message, details}`. */
export class ImportHttpError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * The import was stopped from this side (Ctrl-C): the request was dropped, so the server stops once the batch it is
 * writing is stored. `reported` is the last progress it sent: batches written, at least.
 */
export class ImportCancelledError extends Error {
  constructor(readonly reported: ImportProgress | undefined) {
    super("the import was cancelled");
  }
}

/**
 * POST the upload to `${args.server}/api/import`; resolves with the result or rejects with ImportHttpError, or
 * ImportCancelledError once `signal` aborts.
 */
export async function importOverHttp(
  args: ImportArgs,
  files: Partial<Record<"file" | "nodes" | "relationships", ImportFile>>,
  onProgress: (p: ImportProgress) => void,
  token?: string,
  signal?: AbortSignal,
): Promise<ImportResult> {
  let reported: ImportProgress | undefined;
  try {
    return await send(args, files, (p) => onProgress((reported = p)), token, signal);
  } catch (error) {
    if (signal?.aborted) throw new ImportCancelledError(reported);
    throw error;
  }
}

async function send(
  args: ImportArgs,
  files: Partial<Record<"file" | "nodes" | "relationships", ImportFile>>,
  onProgress: (p: ImportProgress) => void,
  token: string | undefined,
  signal: AbortSignal | undefined,
): Promise<ImportResult> {
  const form = new FormData();
  for (const [field, file] of Object.entries(files))
    if (file) form.set(field, new Blob([new Uint8Array(file.data)]), path.basename(file.name));
  const query = new URLSearchParams({ dryRun: String(args.dryRun), format: args.format! });
  for (const [key, value] of Object.entries(args.mapping)) if (value) query.set(key, value);
  if (args.batchSize !== undefined) query.set("batchSize", String(args.batchSize));
  let response: Response;
  try {
    response = await fetch(`${args.server.replace(/\/$/, "")}/api/import?${query}`, {
      method: "POST",
      body: form,
      signal,
      headers: { accept: "application/x-ndjson", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ImportHttpError(
      "unreachable",
      `cannot reach the explorer at ${args.server} (${(error as Error).message}); start it, set --server, or set NEO4J_URI`,
    );
  }
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("ndjson")) {
    const body = (await response.json().catch(() => ({}))) as {
      error?: { code: string; message: string; details?: Record<string, unknown> };
    };
    if (!response.ok || body.error)
      throw new ImportHttpError(
        body.error?.code ?? String(response.status),
        body.error?.message ?? `HTTP ${response.status}`,
        body.error?.details,
      );
    return body as unknown as ImportResult;
  }
  let result: ImportResult | undefined;
  let pending = "";
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    pending += decoder.decode(chunk, { stream: true });
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as {
        progress?: ImportProgress;
        result?: ImportResult;
        error?: { code: string; message: string };
      };
      if (message.progress) onProgress(message.progress);
      if (message.result) result = message.result;
      if (message.error) throw new ImportHttpError(message.error.code, message.error.message);
    }
  }
  if (!result)
    throw new ImportHttpError("incomplete", "the server closed the connection before the import finished");
  return result;
}
