// Canvas controls: fit the drawing to the screen, and bring back the whole graph after "Show only this".
import type { Actions } from "../app/actions.js";
import type { AppState } from "../state/app-state.js";
import type { Store } from "../state/store.js";
import { h, setChildren } from "./dom.js";

type ViewActions = Pick<Actions, "fitAll" | "showAll">;

export function mountViewControls(root: HTMLElement, store: Store<AppState>, actions: ViewActions): void {
  const fit = h(
    "button",
    {
      attrs: { type: "button", title: "Fit the graph to the screen" },
      on: { click: () => actions.fitAll() },
    },
    "Fit",
  );
  const all = h(
    "button",
    {
      attrs: { type: "button", title: "Reload the whole graph" },
      on: { click: () => void actions.showAll() },
    },
    "Show all",
  );
  setChildren(root, fit, all);
  const render = (s: AppState) => {
    root.hidden = s.load.kind !== "ready" || s.counts.nodes === 0;
  };
  render(store.get());
  store.subscribe(render);
}
