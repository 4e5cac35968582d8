// Curation calls: edit entities and relationships, duplicates, merge, audit trail. Writes carry the bearer token.
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import { ApiError } from "./api-error.js";
import { authHeaders } from "./curation-token.js";
import { getJson, isAbort } from "./http.js";

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface DuplicateCandidate {
  a: { id: string; name: string; type: string };
  b: { id: string; name: string; type: string };
  score: number;
  reasons: string[];
}

export interface MergeResult {
  node: GraphNode;
  rewired: string[];
  folded: { from: string; into: string }[];
  droppedSelfLoops: string[];
  conflicts: { on: string; key: string; kept: unknown; discarded: unknown }[];
}

export type EdgeInput = Omit<GraphEdge, "id"> & { id?: string };

/** Sends JSON with the stored token; rejects with the server's ApiError code and message. */
async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { accept: "application/json", "content-type": "application/json", ...authHeaders() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError("network", "Cannot reach the server. Is it running?", 0);
  }
  const json = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  if (!response.ok)
    throw new ApiError(
      json?.error?.code ?? `http_${response.status}`,
      json?.error?.message ?? "Request failed.",
      response.status,
    );
  return json as T;
}

const enc = encodeURIComponent;

export const curationApi = {
  updateNode: (id: string, patch: Partial<Omit<GraphNode, "id">>) =>
    send<{ node: GraphNode }>("PATCH", `/api/nodes/${enc(id)}`, patch),
  deleteNode: (id: string) =>
    send<{ deleted: { node: string; relationships: number } }>("DELETE", `/api/nodes/${enc(id)}`),
  createEdge: (edge: EdgeInput) => send<{ edge: GraphEdge }>("POST", "/api/edges", edge),
  updateEdge: (id: string, patch: Partial<Omit<GraphEdge, "id">>) =>
    send<{ edge: GraphEdge }>("PATCH", `/api/edges/${enc(id)}`, patch),
  deleteEdge: (id: string) => send<{ deleted: { edge: string } }>("DELETE", `/api/edges/${enc(id)}`),
  merge: (keep: string, merge: string) => send<MergeResult>("POST", "/api/merge", { keep, merge }),
  duplicates: () => getJson<{ candidates: DuplicateCandidate[] }>(fetch, "/api/duplicates?limit=50"),
  audit: (entity: string) =>
    getJson<{ entries: AuditEntry[] }>(fetch, `/api/audit?entity=${enc(entity)}&limit=20`),
};

export type CurationApi = typeof curationApi;
