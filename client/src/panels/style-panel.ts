// The Style panel: colour, size and edge-width mappings, layout controls, and a legend of the mapping.
import type { StyleMaps } from "../graph/metrics.js";
import type { AppState } from "../state/app-state.js";
import type { Store } from "../state/store.js";
import {
  changeStyle,
  COLOR_MODES,
  EDGE_WIDTH_MODES,
  parseMode,
  SIZE_MODES,
  STYLE_LABELS,
  type StyleSettings,
} from "../state/style.js";
import { h, setChildren } from "./dom.js";
import { layoutControls, type LayoutActions } from "./layout-controls.js";
import { styleLegend } from "./style-legend.js";

/** The computed mapping, or why it could not be computed. */
export type MapsStatus = { kind: "ready"; maps: StyleMaps | null } | { kind: "error"; message: string };

export interface StylePanelDeps {
  app: Store<AppState>;
  style: Store<StyleSettings>;
  maps: Store<MapsStatus>;
  layout: LayoutActions;
}

function select<T extends keyof typeof STYLE_LABELS>(
  label: string,
  name: string,
  options: readonly T[],
  current: T,
  onChange: (value: T) => void,
): HTMLElement {
  const control = h(
    "select",
    {
      attrs: { name, id: `style-${name}` },
      on: { change: (e) => onChange(parseMode(options, (e.target as HTMLSelectElement).value, current)) },
    },
    ...options.map((o) =>
      h("option", { attrs: o === current ? { value: o, selected: "" } : { value: o } }, STYLE_LABELS[o]),
    ),
  );
  return h(
    "div",
    { className: "style-field" },
    h("label", { attrs: { for: `style-${name}` } }, label),
    control,
  );
}

export function mountStylePanel(root: HTMLElement, deps: StylePanelDeps): void {
  const { app, style, maps } = deps;
  root.setAttribute("aria-label", "Style and layout");
  const set = (patch: Partial<StyleSettings>) => style.update((s) => changeStyle(s, patch));
  const legend = h("div", { className: "style-legend-box", attrs: { "aria-live": "polite" } });
  const layout = h("div", { className: "style-layout" });

  function renderControls(s: StyleSettings): void {
    setChildren(
      controls,
      select("Colour", "color", COLOR_MODES, s.color, (color) => set({ color })),
      select("Size", "size", SIZE_MODES, s.size, (size) => set({ size })),
      select("Edge width", "edge-width", EDGE_WIDTH_MODES, s.edgeWidth, (edgeWidth) => set({ edgeWidth })),
    );
    document.body.dataset.colorMode = s.color;
  }
  const controls = h("div", { className: "style-controls" });

  function renderLegend(): void {
    const a = app.get();
    const status = maps.get();
    if (a.load.kind === "loading") setChildren(legend, h("p", { className: "muted" }, "Loading the graph…"));
    else if (a.load.kind === "error")
      setChildren(
        legend,
        h("p", { className: "error-text" }, "The graph did not load, so there is nothing to style."),
      );
    else if (status.kind === "error")
      setChildren(
        legend,
        h("p", { className: "error-text" }, `The mapping could not be computed: ${status.message}`),
      );
    else if (a.counts.nodes === 0)
      setChildren(legend, h("p", { className: "muted" }, "No nodes drawn: nothing to style."));
    else setChildren(legend, styleLegend(status.maps));
  }
  function renderLayout(): void {
    setChildren(layout, ...layoutControls(app.get(), deps.layout));
  }

  setChildren(
    root,
    h("h2", { className: "legend-title" }, "Style"),
    controls,
    legend,
    h("h2", { className: "legend-title" }, "Layout"),
    layout,
  );
  renderControls(style.get());
  renderLegend();
  renderLayout();
  style.subscribe(renderControls);
  maps.subscribe(renderLegend);
  app.subscribe((s, prev) => {
    if (s.load !== prev.load || s.counts !== prev.counts) renderLegend();
    if (s.layout !== prev.layout || s.counts !== prev.counts) renderLayout();
  });
}
