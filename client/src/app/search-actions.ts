// Search-as-you-type: debounced requests, superseded ones aborted, answers routed through pure producers.
import type { ScoredNode } from "../../../server/domain/model.js";
import { isAbort } from "../api/http.js";
import { toProblem } from "../api/api-error.js";
import type { ExplorerApi } from "../api/explorer-api.js";
import { withSearch, type AppState } from "../state/app-state.js";
import {
  chosenResult,
  closeSearch,
  moveActive,
  receiveError,
  receiveResults,
  setActive,
  typeQuery,
} from "../state/search-state.js";
import type { Store } from "../state/store.js";

export const SEARCH_DEBOUNCE_MS = 180;
export const SUGGESTION_LIMIT = 8;

export interface SearchActions {
  typeSearch(query: string): void;
  moveSuggestion(delta: number): void;
  highlightSuggestion(index: number): void;
  /** Chooses the highlighted suggestion (or `index`); false when there was nothing to choose. */
  chooseSuggestion(index?: number): boolean;
  closeSuggestions(): void;
}

export function createSearchActions(
  api: ExplorerApi,
  store: Store<AppState>,
  onChoose: (node: ScoredNode) => void,
): SearchActions {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: AbortController | null = null;
  const search = (producer: Parameters<typeof withSearch>[1]) => store.update((s) => withSearch(s, producer));

  async function run(requestId: number, query: string): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const results = await api.search(query.trim(), SUGGESTION_LIMIT, controller.signal);
      search((s) => receiveResults(s, requestId, results));
    } catch (error) {
      if (isAbort(error)) return;
      search((s) => receiveError(s, requestId, toProblem(error).message));
    }
  }

  return {
    typeSearch(query) {
      search((s) => typeQuery(s, query));
      if (timer) clearTimeout(timer);
      const { status, requestId } = store.get().search;
      if (status !== "loading") {
        inFlight?.abort();
        return;
      }
      timer = setTimeout(() => void run(requestId, query), SEARCH_DEBOUNCE_MS);
    },
    moveSuggestion: (delta) => search((s) => moveActive(s, delta)),
    highlightSuggestion: (index) => search((s) => setActive(s, index)),
    chooseSuggestion(index) {
      const s = store.get().search;
      const node =
        index === undefined ? chosenResult(s) : s.status === "ready" ? s.results[index] : undefined;
      if (!node) return false;
      search(closeSearch);
      onChoose(node);
      return true;
    },
    closeSuggestions: () => search(closeSearch),
  };
}
