// The search combobox's state and its pure producers: typing, results (stale ones dropped), arrows, closing.
import type { ScoredNode } from "../../../server/domain/model.js";

export const MIN_QUERY_LENGTH = 1;

export interface SearchState {
  query: string;
  status: "idle" | "loading" | "ready" | "error";
  results: ScoredNode[];
  /** Index of the highlighted option, -1 when none. */
  activeIndex: number;
  open: boolean;
  /** Increases with every query so a slow answer to an old query is ignored. */
  requestId: number;
  error: string | null;
}

export const initialSearch: SearchState = {
  query: "",
  status: "idle",
  results: [],
  activeIndex: -1,
  open: false,
  requestId: 0,
  error: null,
};

/** The user typed: a new request starts (or the list closes for an empty query). */
export function typeQuery(state: SearchState, query: string): SearchState {
  const searchable = query.trim().length >= MIN_QUERY_LENGTH;
  return {
    ...state,
    query,
    requestId: state.requestId + 1,
    status: searchable ? "loading" : "idle",
    results: searchable ? state.results : [],
    activeIndex: -1,
    open: searchable,
    error: null,
  };
}

/** Results arrived for request `requestId`; answers to superseded requests leave the state as it is. */
export function receiveResults(state: SearchState, requestId: number, results: ScoredNode[]): SearchState {
  if (requestId !== state.requestId) return state;
  return { ...state, status: "ready", results, activeIndex: results.length > 0 ? 0 : -1, open: true };
}

export function receiveError(state: SearchState, requestId: number, message: string): SearchState {
  if (requestId !== state.requestId) return state;
  return { ...state, status: "error", results: [], activeIndex: -1, open: true, error: message };
}

/** Arrow keys: moves the highlight, wrapping around; reopens a closed list that has results. */
export function moveActive(state: SearchState, delta: number): SearchState {
  const n = state.results.length;
  if (n === 0) return state;
  if (!state.open) return { ...state, open: true, activeIndex: delta > 0 ? 0 : n - 1 };
  const start = state.activeIndex === -1 ? (delta > 0 ? -1 : n) : state.activeIndex;
  return { ...state, activeIndex: (((start + delta) % n) + n) % n };
}

export function setActive(state: SearchState, index: number): SearchState {
  if (index < 0 || index >= state.results.length || index === state.activeIndex) return state;
  return { ...state, activeIndex: index };
}

/** Escape or a choice: the list closes, the query stays. */
export function closeSearch(state: SearchState): SearchState {
  if (!state.open && state.activeIndex === -1) return state;
  return { ...state, open: false, activeIndex: -1 };
}

/** The result Enter would choose: the highlighted one, else the best one. */
export function chosenResult(state: SearchState): ScoredNode | null {
  // While a newer query is in flight the shown results are stale: choosing one would surprise.
  if (state.status !== "ready") return null;
  return state.results[state.activeIndex] ?? state.results[0] ?? null;
}
