// POST /api/import from the browser: a dry run (JSON), then the import with NDJSON progress; cancellable.
import { ApiError } from "./api-error.js";
import { isAbort, type FetchLike } from "./http.js";

/** One refused record, as the server reports it. */
export interface ImportIssue {
  file: string;
  line?: number;
  element?: string;
  field?: string;
  message: string;
}

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

/** The server's answer (see server/domain/import/run-import.ts). */
export interface ImportResult {
  dryRun: boolean;
  file: string;
  summary: { nodes: Tally; edges: Tally; sources: Tally };
  batches: { done: number; total: number };
  cancelled: boolean;
  warnings: ImportIssue[];
  source: { id: string };
}

/** A refused import: the server's code and message, and the records it refused. */
export class ImportError extends ApiError {
  constructor(
    code: string,
    message: string,
    status: number,
    readonly issues: ImportIssue[] = [],
    readonly issueCount = issues.length,
  ) {
    super(code, message, status);
  }
}

export interface ImportRequest {
  files: File[];
  mapping?: { typeAttr?: string; nameAttr?: string; idPrefix?: string };
}

/** Which form field a dropped file goes in: CSVs by name (relationships/edges vs nodes), anything else `file`. */
export function fieldFor(file: File): "file" | "nodes" | "relationships" {
  if (!/\.csv$/i.test(file.name)) return "file";
  return /rel|edge|link/i.test(file.name) ? "relationships" : "nodes";
}

function form(request: ImportRequest): FormData {
  const data = new FormData();
  for (const file of request.files) data.set(fieldFor(file), file, file.name);
  for (const [key, value] of Object.entries(request.mapping ?? {})) if (value) data.set(key, value);
  return data;
}

export interface ImportApi {
  dryRun(request: ImportRequest): Promise<ImportResult>;
  /** Resolves with the result (cancelled: true when `signal` aborted between batches). */
  apply(
    request: ImportRequest,
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<ImportResult>;
}

export function createImportApi(fetchImpl: FetchLike = (i, init) => fetch(i, init), base = ""): ImportApi {
  async function post(dryRun: boolean, request: ImportRequest, accept: string, signal?: AbortSignal) {
    try {
      return await fetchImpl(`${base}/api/import?dryRun=${dryRun}`, {
        method: "POST",
        body: form(request),
        headers: { accept },
        signal,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ImportError("network", "Cannot reach the server. Is it running?", 0);
    }
  }
  async function failure(response: Response): Promise<ImportError> {
    const body = (await response.json().catch(() => null)) as {
      error?: { code: string; message: string; details?: { issues?: ImportIssue[]; issueCount?: number } };
    } | null;
    const e = body?.error;
    return new ImportError(
      e?.code ?? `http_${response.status}`,
      e?.message ?? `Import failed (${response.status}).`,
      response.status,
      e?.details?.issues,
      e?.details?.issueCount,
    );
  }
  return {
    async dryRun(request) {
      const response = await post(true, request, "application/json");
      if (!response.ok) throw await failure(response);
      return (await response.json()) as ImportResult;
    },
    async apply(request, onProgress, signal) {
      const response = await post(false, request, "application/x-ndjson", signal);
      if (!response.ok) throw await failure(response);
      let last = { done: 0, total: 0 };
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let pending = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const lines = (pending + value).split("\n");
          pending = lines.pop()!;
          for (const line of lines.filter(Boolean)) {
            const message = JSON.parse(line) as {
              progress?: typeof last;
              result?: ImportResult;
              error?: { code: string; message: string };
            };
            if (message.progress) onProgress((last = message.progress).done, last.total);
            if (message.result) return message.result;
            if (message.error) throw new ImportError(message.error.code, message.error.message, 200);
          }
        }
      } catch (error) {
        if (!isAbort(error)) throw error;
      }
      // Cancelled (or cut off): the batches reported so far are written, the rest are not.
      return {
        dryRun: false,
        file: "",
        summary: emptySummary(),
        batches: last,
        cancelled: true,
        warnings: [],
        source: { id: "" },
      };
    },
  };
}

function emptySummary(): ImportResult["summary"] {
  const t = () => ({ created: 0, updated: 0, unchanged: 0 });
  return { nodes: t(), edges: t(), sources: t() };
}
