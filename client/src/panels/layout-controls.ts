// Layout buttons: ForceAtlas2 start/stop, noverlap, circular, and freeing pinned nodes.
import type { AppState } from "../state/app-state.js";
import { h } from "./dom.js";

export interface LayoutActions {
  /** Starts ForceAtlas2 in its worker, or stops it when running. */
  toggleForceAtlas(): void;
  noverlap(): void;
  circular(): void;
  /** Frees dragged nodes; returns how many were pinned. */
  unpinAll(): number;
}

const button = (text: string, title: string, onClick: () => void, extra: Record<string, string> = {}) =>
  h("button", { attrs: { type: "button", title, ...extra }, on: { click: onClick } }, text);

export function layoutControls(state: AppState, actions: LayoutActions): HTMLElement[] {
  const running = state.layout === "running";
  const empty = state.counts.nodes < 2;
  const disabled: Record<string, string> = empty ? { disabled: "" } : {};
  return [
    h(
      "div",
      { className: "style-buttons" },
      button(
        running ? "Stop ForceAtlas2" : "Run ForceAtlas2",
        "Force-directed layout in a background worker; pinned nodes stay put",
        () => actions.toggleForceAtlas(),
        {
          "aria-pressed": String(running),
          "data-action": "fa2",
          ...disabled,
        },
      ),
      button("Noverlap", "Pull overlapping nodes apart", () => actions.noverlap(), {
        "data-action": "noverlap",
        ...disabled,
      }),
      button("Circular", "Put the nodes on a circle", () => actions.circular(), {
        "data-action": "circular",
        ...disabled,
      }),
      button("Unpin all", "Free the nodes you dragged into place", () => void actions.unpinAll(), {
        "data-action": "unpin",
        ...disabled,
      }),
    ),
    h(
      "p",
      { className: "muted style-note" },
      empty
        ? "Layouts need at least two nodes."
        : "Drag a node to move it; it stays pinned through ForceAtlas2.",
    ),
  ];
}
