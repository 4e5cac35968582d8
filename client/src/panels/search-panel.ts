// The search combobox (WAI-ARIA 1.2 pattern): suggestions as you type, arrows/Enter/Esc, "no results" stated.
import type { ScoredNode } from "../../../server/domain/model.js";
import type { SearchActions } from "../app/search-actions.js";
import { colorOf, typeLabel } from "../graph/palette.js";
import type { AppState } from "../state/app-state.js";
import type { SearchState } from "../state/search-state.js";
import type { Store } from "../state/store.js";
import { h, isolated, setChildren, swatch } from "./dom.js";

const LISTBOX_ID = "search-listbox";
const optionId = (i: number) => `search-option-${i}`;

export function mountSearchPanel(root: HTMLElement, store: Store<AppState>, actions: SearchActions): void {
  const input = h("input", {
    className: "search-input",
    attrs: {
      type: "search",
      role: "combobox",
      "aria-label": "Search entities by name or alias",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": LISTBOX_ID,
      placeholder: "Search: TSMC, Japan, 2nm…",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const listbox = h("ul", {
    className: "search-options",
    attrs: { id: LISTBOX_ID, role: "listbox", "aria-label": "Suggestions" },
  });
  const status = h("p", { className: "search-status", attrs: { "aria-live": "polite" } });
  const popup = h("div", { className: "search-popup" }, listbox, status);
  popup.hidden = true;
  setChildren(root, input, popup);

  input.addEventListener("input", () => actions.typeSearch(input.value));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      actions.moveSuggestion(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter") {
      if (actions.chooseSuggestion()) event.preventDefault();
    } else if (event.key === "Escape") {
      if (store.get().search.open) actions.closeSuggestions();
      else {
        input.value = "";
        actions.typeSearch("");
      }
    }
  });
  // Closing on blur must wait for a click on an option (which fires after blur) to land.
  input.addEventListener("blur", () => setTimeout(() => actions.closeSuggestions(), 150));
  input.addEventListener("focus", () => {
    if (store.get().search.results.length > 0 && input.value.trim()) actions.typeSearch(input.value);
  });

  function option(node: ScoredNode, index: number, state: SearchState): HTMLLIElement {
    const alias = matchingAlias(node, state.query);
    return h(
      "li",
      {
        className: "search-option",
        attrs: { id: optionId(index), role: "option", "aria-selected": String(index === state.activeIndex) },
        on: {
          // mousedown, not click: it fires before the input's blur closes the list.
          mousedown: (event) => {
            event.preventDefault();
            actions.chooseSuggestion(index);
          },
          mouseenter: () => actions.highlightSuggestion(index),
        },
      },
      swatch(colorOf(node.type)),
      h("bdi", { className: "option-name" }, node.name),
      alias ? h("span", { className: "option-alias" }, "aka ", isolated(alias)) : null,
      h("span", { className: "option-type" }, typeLabel(node.type)),
    );
  }

  function render(state: SearchState, previous: SearchState | null): void {
    input.setAttribute("aria-expanded", String(state.open));
    popup.hidden = !state.open;
    if (state.activeIndex >= 0) input.setAttribute("aria-activedescendant", optionId(state.activeIndex));
    else input.removeAttribute("aria-activedescendant");
    if (input.value !== state.query && document.activeElement !== input) input.value = state.query;
    if (!previous || previous.results !== state.results || previous.activeIndex !== state.activeIndex) {
      setChildren(listbox, ...state.results.map((node, i) => option(node, i, state)));
      document.getElementById(optionId(state.activeIndex))?.scrollIntoView({ block: "nearest" });
    }
    listbox.classList.toggle("is-stale", state.status === "loading");
    status.textContent = statusText(state);
    status.hidden = status.textContent === "";
  }

  render(store.get().search, null);
  store.subscribe((s, prev) => {
    if (s.search !== prev.search) render(s.search, prev.search);
  });
}

function statusText(state: SearchState): string {
  if (state.status === "loading" && state.results.length === 0) return "Searching…";
  if (state.status === "error") return `Search failed: ${state.error ?? "unknown error"}`;
  if (state.status === "ready" && state.results.length === 0) return `No results for “${state.query.trim()}”`;
  return "";
}

/** When the match came through an alias rather than the name, show which one. */
function matchingAlias(node: ScoredNode, query: string): string | null {
  const q = fold(query.trim());
  if (!q || fold(node.name).includes(q)) return null;
  return node.aliases.find((a) => fold(a).includes(q)) ?? null;
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}
