// The legend: one swatch per node type drawn, in the palette's order, with counts.
import { NODE_TYPES } from "../../../server/domain/vocabulary.js";
import { colorOf, typeLabel } from "../graph/palette.js";
import type { AppState } from "../state/app-state.js";
import type { Store } from "../state/store.js";
import { h, setChildren, swatch } from "./dom.js";

export function mountLegend(root: HTMLElement, store: Store<AppState>): void {
  function render(byType: Readonly<Record<string, number>>): void {
    const known = NODE_TYPES.filter((t) => (byType[t] ?? 0) > 0);
    const unknown = Object.keys(byType).filter((t) => !(NODE_TYPES as readonly string[]).includes(t));
    const types = [...known, ...unknown];
    root.hidden = types.length === 0;
    setChildren(
      root,
      h("h2", { className: "legend-title" }, "Node types"),
      h(
        "ul",
        { className: "legend-items" },
        ...types.map((t) =>
          h(
            "li",
            { className: "legend-item", attrs: { "data-type": t } },
            swatch(colorOf(t)),
            h("span", { className: "legend-label" }, typeLabel(t)),
            h("span", { className: "count" }, String(byType[t] ?? 0)),
          ),
        ),
      ),
    );
  }
  render(store.get().counts.byType);
  store.subscribe((s, prev) => {
    if (s.counts.byType !== prev.counts.byType) render(s.counts.byType);
  });
}
