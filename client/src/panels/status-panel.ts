// Loading, error, empty and count indicators: what the explorer is doing, or why it cannot.
import type { Actions } from "../app/actions.js";
import type { AppState } from "../state/app-state.js";
import type { Store } from "../state/store.js";
import { h, setChildren } from "./dom.js";

export interface StatusElements {
  loading: HTMLElement;
  empty: HTMLElement;
  banner: HTMLElement;
  line: HTMLElement;
}

type StatusActions = Pick<Actions, "dismissBanner" | "showAll">;

export function mountStatus(els: StatusElements, store: Store<AppState>, actions: StatusActions): void {
  function render(state: AppState): void {
    els.loading.hidden = state.load.kind !== "loading";
    els.empty.hidden = !(state.load.kind === "ready" && state.counts.nodes === 0);
    renderBanner(state);
    const parts = [
      state.overview
        ? `Showing ${state.counts.nodes.toLocaleString("en")} of ${state.overview.nodeCount.toLocaleString("en")} nodes · ` +
          `${state.counts.edges.toLocaleString("en")} of ${state.overview.edgeCount.toLocaleString("en")} relationships` +
          " — search or expand to see more"
        : `${state.counts.nodes} nodes · ${state.counts.edges} relationships`,
      state.layout === "running" ? "laying out…" : null,
      state.notice,
    ];
    els.line.textContent = state.load.kind === "ready" ? parts.filter(Boolean).join(" — ") : "";
    // A partial view's line is long: it may wrap to two lines, and its tooltip says why it is partial.
    els.line.dataset.partial = String(state.overview !== null);
    els.line.title = state.overview
      ? "The graph is too large to draw whole: this view holds its best-connected nodes (highest degree) " +
        "and the relationships among them. Search for a node or expand one to bring in more."
      : "";
  }

  function renderBanner(state: AppState): void {
    const fatal = state.load.kind === "error" ? state.load.problem : null;
    const problem = fatal ?? state.banner;
    els.banner.hidden = problem === null;
    if (!problem) {
      els.banner.replaceChildren();
      return;
    }
    els.banner.dataset.code = problem.code;
    setChildren(
      els.banner,
      h("strong", {}, fatal ? "Could not load the graph. " : "Something went wrong. "),
      h("span", { className: "banner-message" }, problem.message),
      h("code", { className: "banner-code" }, problem.code),
      fatal
        ? h("button", { attrs: { type: "button" }, on: { click: () => void actions.showAll() } }, "Retry")
        : h(
            "button",
            {
              attrs: { type: "button", "aria-label": "Dismiss" },
              on: { click: () => actions.dismissBanner() },
            },
            "Dismiss",
          ),
    );
  }

  render(store.get());
  store.subscribe((s) => render(s));
}
