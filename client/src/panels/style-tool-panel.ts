// A toolbar button and the drawer it opens; opening one drawer closes the others.
import { h } from "./dom.js";

const open = new Set<() => void>();

export interface ToolPanel {
  button: HTMLButtonElement;
  panel: HTMLElement;
  onOpen(listener: () => void): void;
}

/** Creates a hidden `<aside>` drawer and its toggle button (aria-expanded, aria-controls, Escape closes). */
export function toolPanel(id: string, label: string): ToolPanel {
  const listeners: (() => void)[] = [];
  const panel = h("aside", { className: "panel tool-panel", attrs: { id, "aria-label": label } });
  panel.hidden = true;
  const button = h(
    "button",
    {
      attrs: { type: "button", "aria-controls": id, "aria-expanded": "false", "data-tool": id },
      on: { click: () => toggle(panel.hidden === true) },
    },
    label,
  );
  const close = () => toggle(false);
  function toggle(show: boolean): void {
    if (show) for (const other of open) if (other !== close) other();
    panel.hidden = !show;
    button.setAttribute("aria-expanded", String(show));
    if (show) {
      open.add(close);
      listeners.forEach((l) => l());
    } else open.delete(close);
  }
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      toggle(false);
      button.focus();
    }
  });
  return { button, panel, onOpen: (l) => void listeners.push(l) };
}
