// The fetch wrapper: builds the URL, parses JSON, and turns every failure into an ApiError.
import { ApiError } from "./api-error.js";

export type QueryValue = string | number | readonly string[] | undefined;
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Builds `/api/path?a=1&types=A,B`, leaving out undefined and empty values. */
export function buildUrl(base: string, path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    if (text !== "") params.set(key, text);
  }
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ""}`;
}

/**
 * GETs JSON. Rejects with ApiError: the server's own code and message for `{error:{code,message}}`
 * answers, `network` when the request never got an answer, `bad_response` for a non-JSON body.
 */
export async function getJson<T>(fetchImpl: FetchLike, url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: "application/json" }, signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError("network", "Cannot reach the server. Is it running?", 0);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(
      "bad_response",
      `The server answered ${response.status} ${response.statusText} without JSON.`,
      response.status,
    );
  }
  if (!response.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof err?.code === "string" ? err.code : `http_${response.status}`;
    const message = typeof err?.message === "string" ? err.message : `Request failed (${response.status}).`;
    throw new ApiError(code, message, response.status);
  }
  return body as T;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
