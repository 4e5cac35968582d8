// Server-computed layout positions for very large graphs (POST /api/positions): used instead of ForceAtlas2 when ready.
import { buildUrl, getJson, type FetchLike } from "./http.js";

/** Above this many edges in the store, the server lays the graph out itself (and caches it). */
export const SERVER_LAYOUT_EDGE_THRESHOLD = 100_000;
/** The route's cap on ids per request. */
export const MAX_POSITION_IDS = 10_000;

export interface PositionsAnswer {
  /** "ready": positions follow; "computing": try later; "none": this server does not lay this graph out. */
  status: "ready" | "computing" | "none";
  positions: Record<string, [number, number]>;
}

/**
 * Asks for the positions of `ids`. Any failure (an older server without the route, a network error, a bad
 * answer) is reported as `none`: the caller then lays the graph out itself, as it always did.
 */
export async function fetchPositions(
  fetchImpl: FetchLike,
  ids: readonly string[],
  base = "",
): Promise<PositionsAnswer> {
  const none: PositionsAnswer = { status: "none", positions: {} };
  if (ids.length === 0) return none;
  try {
    const answer = await getJson<Partial<PositionsAnswer>>(
      (input, init) =>
        fetchImpl(input, {
          ...init,
          method: "POST",
          headers: { accept: "application/json", "content-type": "application/json" },
          body: JSON.stringify({ ids: ids.slice(0, MAX_POSITION_IDS) }),
        }),
      buildUrl(base, "/api/positions"),
    );
    const status = answer.status;
    if (status !== "ready" && status !== "computing" && status !== "none") return none;
    return { status, positions: validPositions(answer.positions) };
  } catch {
    return none;
  }
}

/** Keeps only `[x, y]` pairs of finite numbers: a malformed entry must not put NaN into the graph. */
function validPositions(raw: unknown): Record<string, [number, number]> {
  const clean: Record<string, [number, number]> = {};
  if (typeof raw !== "object" || raw === null) return clean;
  for (const [id, value] of Object.entries(raw)) {
    if (Array.isArray(value) && value.length === 2 && value.every((v) => Number.isFinite(v)))
      clean[id] = [value[0] as number, value[1] as number];
  }
  return clean;
}
