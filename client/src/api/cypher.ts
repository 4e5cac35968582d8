// The console's API calls: run, explain, saved queries. Errors keep the server's details (line/column of a syntax error).
import type { CypherResult, PlanNode } from "../../../server/domain/cypher.js";
import type { SavedQuery } from "../../../server/domain/saved-queries.js";
import { ApiError } from "./api-error.js";
import type { FetchLike } from "./http.js";

/** An ApiError that also carries `details` ({line, column, offset} for cypher_syntax). */
export class CypherApiError extends ApiError {
  constructor(
    code: string,
    message: string,
    status: number,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code, message, status);
  }
}

export interface CypherApi {
  run(query: string, params: Record<string, unknown>, limit?: number): Promise<CypherResult>;
  explain(query: string, params: Record<string, unknown>): Promise<PlanNode>;
  savedQueries(): Promise<{ queries: SavedQuery[]; runnable: boolean }>;
}

async function send<T>(fetchImpl: FetchLike, url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new CypherApiError("network", "Cannot reach the server. Is it running?", 0);
  }
  const json = (await res.json().catch(() => undefined)) as
    { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | undefined;
  if (!res.ok || json === undefined) {
    const err = json?.error;
    throw new CypherApiError(
      err?.code ?? `http_${res.status}`,
      err?.message ?? `Request failed (${res.status}).`,
      res.status,
      err?.details ?? {},
    );
  }
  return json as T;
}

export function createCypherApi(
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  base = "",
): CypherApi {
  return {
    run: (query, params, limit) =>
      send(fetchImpl, `${base}/api/cypher`, { query, params, ...(limit ? { limit } : {}) }),
    explain: async (query, params) =>
      (await send<{ plan: PlanNode }>(fetchImpl, `${base}/api/cypher/explain`, { query, params })).plan,
    savedQueries: () => send(fetchImpl, `${base}/api/queries`),
  };
}
